#!/usr/bin/env node
/**
 * Entry point of the `source-lens` command.
 */
import { parseArguments, USAGE, UsageError } from './args';
import { runCheck, type CommandIo } from './checkCommand';
import { runClean } from './cleanCommand';
import { VERSION } from '../version';

async function main(argv: readonly string[]): Promise<number> {
  const io: CommandIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTerminal: process.stderr.isTTY === true,
    cwd: process.cwd(),
    version: VERSION,
  };
  try {
    const args = parseArguments(argv);
    if (args.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    if (args.command === 'clean') return await runClean(args, io);
    return await runCheck(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`source-lens: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`source-lens: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
