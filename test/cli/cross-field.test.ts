import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain } from './run-main.js';

/**
 * Checks that need two fields or two files (issue cases 5, 6 and 11), through the real entry point: each is a
 * located error in `validate` and stops `metrics` with the same located error (exit 1, data problems), never an
 * internal error (exit 3). Fixtures in test/fixtures/cross-field, figures planted by hand.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/cross-field');
const at = (f: string) => path.join(FIXTURES, f);

const run = runMain;

afterEach(() => vi.restoreAllMocks());

const OVERALL_ABOVE_COHORT =
  'line 2, column "overall": overall counts more pupils than the cohort ' +
  '(expected at most the cohort of the row (3025), found "99999")';
const IMPLAUSIBLE_COHORT =
  'line 4, column "cohort": cohort is not a plausible number of pupils ' +
  '(expected at most 50,000 pupils in a local authority district row, found "199900")';

describe('destination counts against the cohort', () => {
  it('validate: overall 99,999 with cohort 3,025 is an error at its cell; a 199,900 cohort in one LAD too', async () => {
    const r = await run('validate', at('destinations-above-cohort.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(OVERALL_ABOVE_COHORT);
    expect(r.stdout).toContain(IMPLAUSIBLE_COHORT);
    // Line 3 (Islington, 1,365 of 1,400) and line 5 (a percentage row) are sound.
    expect(r.stdout).toContain('Checked 1 file: 2 errors');
  });

  it('validate: parts over the cohort (1,450 + 140 + 120 = 1,710 > 1,600) when overall is derived', async () => {
    const r = await run('validate', at('destinations-parts-above-cohort.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'line 2, column "cohort": the destinations add up to more pupils than the cohort ' +
        '(expected a cohort of at least education + appren + all_work (1710), found "1600")',
    );
  });

  it('metrics: the same located errors, exit 1, not "this is a bug" (exit 3)', async () => {
    const r = await run('metrics', '--year', '2022/23', '-c', at('above-cohort.config.json'), '-o', at('no-output'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The inputs have 2 errors; no figures were computed.');
    expect(r.stderr).toContain(OVERALL_ABOVE_COHORT);
    expect(r.stderr).toContain(IMPLAUSIBLE_COHORT);
    expect(r.stderr).not.toContain('bug');
  });
});

describe('the same URN in two register files', () => {
  const BOTH =
    'register-b.csv, line 3, column "urn": URN 100001 is in two register files; keep one of the two rows ' +
    '(expected each URN in one register file only, found "100001"); also ';

  it('validate: an error on the later row naming the first file and line', async () => {
    const r = await run('validate', at('register-a.csv'), at('register-b.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${BOTH}test/fixtures/cross-field/register-a.csv, line 2`);
    expect(r.stdout).toContain('Checked 2 files: 1 error');
  });

  it('metrics: stops on it (no "later file wins"), both places named relative to the folder run in', async () => {
    const r = await run('metrics', '--year', '2023/24', '-c', at('two-registers.config.json'), '-o', at('no-output'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${BOTH}test/fixtures/cross-field/register-a.csv, line 2`);
  });
});
