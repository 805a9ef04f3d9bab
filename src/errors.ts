/** Exit codes of the `hubs-eval` command (documented in the README). */
export const EXIT = { ok: 0, dataProblems: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An expected problem the user can fix: a bad flag, a missing file, a config error, a year not in the data.
 * Printed as one line plus a hint; never with a stack.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: ExitCode = EXIT.usage,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
