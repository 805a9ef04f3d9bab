import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain } from './run-main.js';

/**
 * Checks that need two fields or two files (component counts against the cohort, one URN in two register files,
 * plausible years and counts), through the real entry point: each is a located error in `validate` and stops
 * `metrics` with the same located error (exit 1, data problems), never an internal error (exit 3). Fixtures in
 * test/fixtures/cross-field, figures planted by hand.
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
  it('validate: overall 99,999 over cohort 3,025 is an error at its cell; a 199,900 LAD cohort too', async () => {
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

/**
 * Plausible years: 1990/91 to two years after today's academic year. The clock is frozen at 1 March 2024 (academic
 * year 2023/24), so the window ends at 2025/26. Expected years worked by hand: 1 January 1900 is in 1899/00 (before
 * 1 September), 1 May 2099 in 2098/99; destinations time_period 203536 is the destination year 2035/36, so the KS4
 * cohort 2034/35 (198990: 1988/89); NEET time_period 1989 is the Dec-Feb average ending in 1989, academic year
 * 1988/89 (2035: 2034/35); a register joined 01/09/2099 is 1 September, so 2099/00.
 */
describe('plausible years', () => {
  const WINDOW = 'expected an academic year from 1990/91 to 2025/26';
  const frozen = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };
  afterEach(() => vi.useRealTimers());

  it('activity dates in 1900, 2099 and 3021 are errors at their rows; the 2023 date is sound', async () => {
    frozen('2024-03-01T12:00:00Z');
    const r = await run('validate', at('activities-years.csv'));
    expect(r.code).toBe(1);
    const date = 'column "date": the activity date falls in';
    expect(r.stdout).toContain(`line 3, ${date} 1899/00, outside the plausible years (${WINDOW}, found "1900-01-01")`);
    expect(r.stdout).toContain(`line 4, ${date} 2098/99, outside the plausible years (${WINDOW}, found "2099-05-01")`);
    expect(r.stdout).toContain(`line 5, ${date} 3020/21, outside the plausible years (${WINDOW}, found "3021-05-01")`);
    expect(r.stdout).not.toContain('activities-years.csv, line 2,');
    expect(r.stdout).toContain('Checked 1 file: 3 errors');
  });

  it('the window follows the clock: in October 2098 a May 2099 activity is plausible, 1900 is not', async () => {
    frozen('2098-10-01T12:00:00Z');
    const r = await run('validate', at('activities-years.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('expected an academic year from 1990/91 to 2100/01, found "1900-01-01"');
    expect(r.stdout).not.toContain('found "2099-05-01"');
    expect(r.stdout).toContain('Checked 1 file: 2 errors');
  });

  it('destination cohorts 1988/89 and 2034/35 are errors at their time_period', async () => {
    frozen('2024-03-01T12:00:00Z');
    const r = await run('validate', at('destinations-years.csv'));
    expect(r.code).toBe(1);
    const cohort = 'column "time_period": the KS4 cohort falls in';
    expect(r.stdout).toContain(`line 2, ${cohort} 2034/35, outside the plausible years (${WINDOW}, found "2034/35")`);
    expect(r.stdout).toContain(`line 3, ${cohort} 1988/89, outside the plausible years (${WINDOW}, found "1988/89")`);
    expect(r.stdout).toContain('Checked 1 file: 2 errors');
  });

  it('NEET time_period 1989 and 2035 are errors; 2023 is sound', async () => {
    frozen('2024-03-01T12:00:00Z');
    const r = await run('validate', at('neet-years.csv'));
    expect(r.code).toBe(1);
    const period = 'column "time_period": the NEET period falls in';
    expect(r.stdout).toContain(`line 3, ${period} 1988/89, outside the plausible years (${WINDOW}, found "1989")`);
    expect(r.stdout).toContain(`line 4, ${period} 2034/35, outside the plausible years (${WINDOW}, found "2035")`);
    expect(r.stdout).not.toContain('neet-years.csv, line 2,');
    expect(r.stdout).toContain('Checked 1 file: 2 errors');
  });

  it('register joined 1900 and 2099 are errors; 3021/22 is refused as no academic year', async () => {
    frozen('2024-03-01T12:00:00Z');
    const r = await run('validate', at('register-years.csv'));
    expect(r.code).toBe(1);
    const joined = 'column "joined": the year joined falls in';
    expect(r.stdout).toContain(`line 3, ${joined} 1899/00, outside the plausible years (${WINDOW}, found "1899/00")`);
    expect(r.stdout).toContain(`line 4, ${joined} 2099/00, outside the plausible years (${WINDOW}, found "2099/00")`);
    expect(r.stdout).toContain('line 5, column "joined": not a date or academic year');
    expect(r.stdout).toContain('Checked 1 file: 3 errors');
  });
});

describe('rows taken out for an implausible year are not counted as kept', () => {
  const WINDOW_END = '2024-03-01T12:00:00Z';
  afterEach(() => vi.useRealTimers());
  const summaryOf = async (file: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(WINDOW_END));
    const r = await run('validate', at(file));
    const block = r.stdout.slice(r.stdout.indexOf(file));
    return block.slice(0, block.indexOf('\n\n') < 0 ? undefined : block.indexOf('\n\n'));
  };

  // Counts by hand from the fixtures: the rows and their years are listed in the tests above.
  it('activities: 4 read, A2-A4 (1900, 2099, 3021) out, 1 kept, only 2023/24 listed', async () => {
    const s = await summaryOf('activities-years.csv');
    expect(s).toContain('  rows read: 4; kept: 1\n');
    expect(s).toContain('  years: 2023/24 (');
    expect(s).toContain('  excluded rows: 3 rows with an implausible year (see problems)');
  });

  it('destinations: 2 read, both cohorts (2034/35, 1988/89) out, none kept', async () => {
    const s = await summaryOf('destinations-years.csv');
    expect(s).toContain('  rows read: 2; kept: 0\n');
    expect(s).toContain('  years: (none) (');
    expect(s).toContain('  excluded rows: 2 rows with an implausible year (see problems)');
  });

  it('NEET: 3 read, 1989 and 2035 out, 2023 (2022/23) kept', async () => {
    const s = await summaryOf('neet-years.csv');
    expect(s).toContain('  rows read: 3; kept: 1\n');
    expect(s).toContain('  years: 2022/23 (');
    expect(s).toContain('  excluded rows: 2 rows with an implausible year (see problems)');
  });

  it('register: 4 read, joined 1900 and 2099 out, 3021/22 an error of its own, 1 kept', async () => {
    const s = await summaryOf('register-years.csv');
    expect(s).toContain('  rows read: 4; kept: 1\n');
    expect(s).toContain('  years: 2021/22\n');
    expect(s).toContain(
      '  excluded rows: 2 rows with an implausible year (see problems); 1 rows with errors (see problems)',
    );
  });
});

describe('people in one activity', () => {
  it('99,999,999,999 students and 5,001 teachers are errors; 50,000 students (the bound) is not', async () => {
    const r = await run('validate', at('activities-bound.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'line 3, column "students": not a plausible number of students in one activity ' +
        '(expected at most 50,000, found "99999999999")',
    );
    expect(r.stdout).toContain(
      'line 4, column "teachers": not a plausible number of teachers in one activity ' +
        '(expected at most 5,000, found "5001")',
    );
    expect(r.stdout).not.toContain(
      'column "students": not a plausible number of students in one activity ' +
        '(expected at most 50,000, found "50000")',
    );
    expect(r.stdout).toContain('Checked 1 file: 2 errors');
  });
});
