import { describe, expect, it } from 'vitest';

export type ToolPolicy = 'run' | 'skip' | 'fail';

/**
 * What a suite that needs external tools (Chromium, poppler) does when some are missing: run when none is missing;
 * in CI (`CI=true`, set by GitHub Actions and most CI services) fail, so a runner without them cannot pass by
 * skipping; elsewhere skip, with a visible message.
 */
export function toolPolicy(missing: readonly string[], env: Readonly<Record<string, string | undefined>>): ToolPolicy {
  if (missing.length === 0) return 'run';
  return env.CI === 'true' ? 'fail' : 'skip';
}

/**
 * True when the suite must not run its tests. In CI with tools missing it also registers one failing test naming
 * them; locally it prints the skip.
 */
export function skipWithoutTools(suite: string, tools: Readonly<Record<string, boolean>>): boolean {
  const missing = Object.keys(tools).filter((name) => !tools[name]);
  const policy = toolPolicy(missing, process.env);
  if (policy === 'fail') {
    describe(`${suite} (required in CI)`, () => {
      it(`has ${missing.join(' and ')}`, () => {
        expect.fail(`CI=true and ${missing.join(', ')} not found: this suite may not skip in CI`);
      });
    });
  } else if (policy === 'skip') {
    console.warn(`[hubs-eval tests] SKIPPED ${suite}: ${missing.join(', ')} not found (in CI this fails).`);
  }
  return policy !== 'run';
}
