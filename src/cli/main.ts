import { readFileSync } from 'node:fs';
import { terminalText } from '../core/display-text';
import { parseArgs } from './args';
import { UsageError, type Output } from './context';
import { checkUsage, runCheck } from './commands/check';
import { runScan, scanUsage } from './commands/scan';
import { runSearch, searchUsage } from './commands/search';
import { runShow, showUsage } from './commands/show';
import { runTopics, topicsUsage } from './commands/topics';

const USAGE = `Usage: concept-ref <command> [options]

Commands:
  ${scanUsage}
  ${searchUsage}
  ${showUsage}
  ${topicsUsage}
  ${checkUsage}

Options:
  --notes DIR        add a user notes folder (repeatable); same id replaces a bundled note
  --no-bundled       leave the bundled notes out
  --lang zh|en       language shown (default from LANG / LC_ALL)
  --json             machine-readable output on stdout
  -h, --help         this help

Exit codes: 0 success, 1 problems found (check) or nothing found (show), 2 bad usage or unreadable input.`;

export async function main(argv: readonly string[], output: Output, distDir: string): Promise<number> {
  // Notes are untrusted: whatever they say reaches the terminal without its control sequences.
  const io: Output = { out: (text) => output.out(terminalText(text)), err: (text) => output.err(terminalText(text)) };
  try {
    const { command, options } = parseArgs(argv, process.env);
    if (options.help || command === undefined) {
      io.out(USAGE);
      return command === undefined && !options.help ? 2 : 0;
    }
    switch (command) {
      case 'scan':
        return await runScan(options, distDir, io, () => readFileSync(0, 'utf8'));
      case 'search':
        return await runSearch(options, distDir, io);
      case 'show':
        return await runShow(options, distDir, io);
      case 'topics':
        return await runTopics(options, distDir, io);
      case 'check':
        return await runCheck(options, distDir, io);
      default:
        throw new UsageError(`unknown command "${command}" (try --help)`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`concept-ref: ${err.message}`);
      return 2;
    }
    io.err(`concept-ref: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}

if (require.main === module) {
  // A closed pipe (`concept-ref scan … | head`) ends the output quietly, as Unix tools do.
  const quietOnClosedPipe = (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  };
  process.stdout.on('error', quietOnClosedPipe);
  process.stderr.on('error', quietOnClosedPipe);
  const io: Output = {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
  };
  main(process.argv.slice(2), io, __dirname).then((code) => {
    process.exitCode = code;
  });
}
