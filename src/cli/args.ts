import { defaultLang, UsageError, type CliOptions } from './context';

/** Flags that take a value; every other `--flag` is a switch. */
const VALUE_FLAGS = new Set(['--notes', '--lang', '--limit', '--language']);

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): { command?: string; options: CliOptions } {
  const options: CliOptions = { notes: [], bundled: true, lang: defaultLang(env), json: false, help: false, flags: new Map(), args: [] };
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--no-bundled') {
      options.bundled = false;
    } else if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      let value: string | true = true;
      if (VALUE_FLAGS.has(name)) {
        if (eq > 0) value = arg.slice(eq + 1);
        else if (i + 1 < argv.length) value = argv[++i];
        else throw new UsageError(`${name} needs a value`);
      } else if (eq > 0) {
        throw new UsageError(`${name} takes no value`);
      }
      if (name === '--notes') options.notes.push(value as string);
      else if (name === '--lang') {
        if (value !== 'zh' && value !== 'en') throw new UsageError('--lang must be zh or en');
        options.lang = value;
      } else options.flags.set(name, value);
    } else if (command === undefined && arg !== '-') {
      command = arg;
    } else {
      options.args.push(arg);
    }
  }
  return { command, options };
}

/** Rejects flags a command does not know, so a typo is an error rather than silently ignored. */
export function allowFlags(options: CliOptions, allowed: readonly string[]): void {
  for (const name of options.flags.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${name}`);
  }
}
