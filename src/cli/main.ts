import { CommanderError } from 'commander';
import { EXIT, UserError } from '../errors.js';
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
    if (e instanceof UserError) {
      process.stderr.write(`${msg.userError(e.message)}\n`);
      for (const d of e.details) process.stderr.write(`  ${d}\n`);
      if (e.hint) process.stderr.write(`${msg.hint(e.hint)}\n`);
      return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    process.stderr.write(`${msg.bug(err.message)}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
}
