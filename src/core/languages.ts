/** File name → VS Code language id, as VS Code assigns it for the common extensions. */
// `.h` is C++ as in VS Code (its cpp language lists it, with Arduino's `.ino` and `.inl`; C has only `.c`), so `scan` agrees
// with the editor's hover.
const BY_EXTENSION: Record<string, string> = {
  go: 'go', py: 'python', pyi: 'python', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescriptreact', css: 'css', scss: 'scss', less: 'less',
  html: 'html', htm: 'html', vue: 'vue', svelte: 'svelte', java: 'java', kt: 'kotlin', c: 'c', h: 'cpp', cc: 'cpp', cpp: 'cpp', cxx: 'cpp',
  hpp: 'cpp', hh: 'cpp', hxx: 'cpp', inl: 'cpp', ino: 'cpp', cs: 'csharp', rs: 'rust', rb: 'ruby', php: 'php', swift: 'swift', sh: 'shellscript',
  bash: 'shellscript', zsh: 'shellscript', yaml: 'yaml', yml: 'yaml', json: 'json', jsonc: 'jsonc', md: 'markdown',
  markdown: 'markdown', sql: 'sql', xml: 'xml', toml: 'toml', ini: 'ini', properties: 'properties', txt: 'plaintext',
  ets: 'typescript', dockerfile: 'dockerfile', makefile: 'makefile', lua: 'lua', r: 'r', dart: 'dart', scala: 'scala',
  // Shaders: VS Code has HLSL built in; GLSL and WGSL come from the usual extensions, under these ids.
  hlsl: 'hlsl', hlsli: 'hlsl', fx: 'hlsl', glsl: 'glsl', vert: 'glsl', frag: 'glsl', geom: 'glsl', comp: 'glsl',
  tesc: 'glsl', tese: 'glsl', wgsl: 'wgsl', cu: 'cuda-cpp', cuh: 'cuda-cpp',
  // Terraform, under the id HashiCorp's extension gives it (notes scope `resource`, `provider`, `module` to it).
  tf: 'terraform', tfvars: 'terraform',
  // VS Code's properties language (extensions/ini/package.json) also takes these, and the git files below.
  cfg: 'properties', conf: 'properties', directory: 'properties',
  // reStructuredText, under the id of the usual extension (lextudio.restructuredtext); see matchingLanguageId.
  rst: 'restructuredtext',
  // CMake, under the id of the CMake extensions (twxs.cmake, CMake Tools); see matchingLanguageId.
  cmake: 'cmake',
  // VS Code's groovy language (extensions/groovy/package.json): Groovy, Gradle build scripts, Jenkinsfiles (see matchingLanguageId).
  groovy: 'groovy', gvy: 'groovy', gradle: 'groovy', jenkinsfile: 'groovy', nf: 'groovy',
};
const BY_NAME: Record<string, string> = {
  dockerfile: 'dockerfile', makefile: 'makefile', gnumakefile: 'makefile',
  '.gitattributes': 'properties', '.gitconfig': 'properties', gitconfig: 'properties', '.editorconfig': 'properties',
  'cmakelists.txt': 'cmake', jenkinsfile: 'groovy',
};
/** VS Code's filenamePatterns for groovy: `Jenkinsfile.*` (Jenkinsfile.release), tested on the base name. */
const JENKINSFILE = /^jenkinsfile\./;
/** Git's own config files, by VS Code's filenamePatterns for `properties` (a repository's and the XDG one). */
const GIT_CONFIG_PATH = /(?:^|[\\/])(?:\.git|\.config[\\/]git)[\\/]config$/i;

/**
 * The language a document is matched as: its editor language, refined where the path says more. A YAML
 * file under .github/workflows is a GitHub Actions workflow (the id the GitHub Actions extension gives
 * it), so `steps`, `uses` and `needs` mean what they mean there even without that extension.
 */
export function matchingLanguageId(languageId: string, path: string): string {
  // ArkTS (.ets) is TypeScript with HarmonyOS decorators and structs; its extensions name it `ets` or `arkts`, and
  // notes scope its APIs to `typescript` (the CLI reads .ets as TypeScript too). Its imports say it is HarmonyOS code.
  if (languageId === 'ets' || languageId === 'arkts') return 'typescript';
  // The Ansible extension gives playbooks and roles the id `ansible`; they are YAML.
  if (languageId === 'ansible') return 'yaml';
  if (languageId === 'yaml' && /(?:^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i.test(path)) return 'github-actions-workflow';
  // tsconfig.json, tsconfig.app.json, jsconfig.json: their keys (`target`, `lib`, `module`) are
  // everyday words anywhere else, so notes scope them to this id of ours.
  if ((languageId === 'json' || languageId === 'jsonc') && /(?:^|[\\/])(?:tsconfig(?:\.[^\\/]+)?|jsconfig)\.json$/i.test(path)) return 'tsconfig';
  // The same for an npm manifest's keys (`scripts`, `dependencies`, `private`).
  if (languageId === 'json' && /(?:^|[\\/])package\.json$/i.test(path)) return 'package-json';
  // Without a reStructuredText extension VS Code opens .rst files as plain text; their directives and roles are still markup.
  if (languageId === 'plaintext' && /\.rst$/i.test(path)) return 'restructuredtext';
  // Nor has it an id for CMakeLists.txt without a CMake extension; notes scope CMake's words (`-I`, `ld`) to `cmake`.
  if (languageId === 'plaintext' && /(?:^|[\\/])CMakeLists\.txt$/i.test(path)) return 'cmake';
  // VS Code opens a Jenkinsfile as Groovy, as it does a Gradle build script; notes scope the Jenkinsfile's words
  // (`pipeline`, `stage`, `steps`, `agent`) to `jenkinsfile`, the id the Jenkinsfile extensions give it.
  if (languageId === 'groovy' && /(?:^|[\\/])(?:Jenkinsfile(?:[.-][^\\/]*)?|[^\\/]+\.jenkinsfile)$/i.test(path)) return 'jenkinsfile';
  return languageId;
}

/**
 * Compose files, by VS Code's own patterns for its `dockercompose` id (extensions/yaml/package.json: compose.yml,
 * compose.*.yaml, *docker*compose*.yml): the editor gives them that id, so the CLI does too. Tested on the base name.
 */
const COMPOSE_FILE = /^(?:compose(?:\..*)?|.*docker.*compose.*)\.ya?ml$/;

export function languageIdForPath(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  if (BY_NAME[name]) return BY_NAME[name];
  if (GIT_CONFIG_PATH.test(path)) return 'properties';
  if (COMPOSE_FILE.test(name)) return 'dockercompose';
  if (JENKINSFILE.test(name)) return 'groovy';
  const dot = name.lastIndexOf('.');
  if (dot < 0) return 'plaintext';
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'plaintext';
}

/** VS Code's built-in language ids (and the common extension-contributed ones) that `scan --language` accepts. */
const KNOWN_IDS = new Set([
  ...Object.values(BY_EXTENSION),
  ...Object.values(BY_NAME),
  'bat', 'clojure', 'coffeescript', 'dockercompose', 'fsharp', 'git-commit', 'git-rebase', 'groovy', 'handlebars',
  'hlsl', 'glsl', 'wgsl', 'cuda-cpp', 'jade', 'pug', 'julia', 'latex', 'tex', 'bibtex', 'objective-c', 'objective-cpp', 'perl', 'perl6',
  'powershell', 'razor', 'restructuredtext', 'sass', 'shaderlab', 'slim', 'stylus', 'svelte', 'vb', 'mdx', 'proto3',
  'graphql', 'terraform', 'ets', 'arkts', 'tsconfig', 'package-json', 'github-actions-workflow', 'jenkinsfile', 'haskell', 'elixir', 'erlang', 'ocaml', 'nim', 'zig', 'asciidoc', 'diff', 'log',
]);

export function isKnownLanguageId(id: string): boolean {
  return KNOWN_IDS.has(id);
}
