import { CommanderError } from 'commander';
import { EXIT, UserError } from '../errors.js';
import { printableLines } from '../model/printable.js';
import { msg } from './messages.js';
import { buildProgram, type ProgramContext } from './program.js';
import { processTerminal } from './terminal.js';

/** The one catch: expected problems print a line and a hint; anything else is a bug (stack with --debug). */
export async function main(argv: readonly string[]): Promise<number> {
  const ctx: ProgramContext = { cwd: process.cwd(), env: process.env, terminal: processTerminal, exitCode: EXIT.ok };
  const program = buildProgram(ctx).exitOverride();
  for (const c of program.commands) c.exitOverride();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv as string[]);
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    // Messages quote file names, cells and config values: printed with their control characters escaped.
    const print = (text: string) => process.stderr.write(`${printableLines(text)}\n`);
    if (e instanceof UserError) {
      print(msg.userError(e.message));
      for (const d of e.details) print(`  ${d}`);
      if (e.hint) print(msg.hint(e.hint));
      return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    print(msg.bug(err.message));
    if (debug && err.stack) print(err.stack);
    return EXIT.internal;
  }
}
