import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../../src/cli/messages.js';
import { columnPlace, duplicateColumnProblem } from '../../src/ingest/csv-source.js';
import { formatProblem } from '../../src/model/problem.js';
import { runMain } from './run-main.js';

/**
 * A header naming one column twice (after the reader's normalisation: case, spaces, "_", "-" and "." ignored) is an
 * error at line 1 naming the column and both positions, in every kind of input; before, the first copy was read
 * without a word. Fixtures in test/fixtures/duplicate-columns, each a sound file of its kind with one column
 * repeated at the end (positions counted by hand).
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/duplicate-columns');
const at = (f: string) => path.join(FIXTURES, f);
const shown = (f: string) => path.relative(process.cwd(), at(f));

afterEach(() => vi.restoreAllMocks());

function expectedError(file: string, name: string, first: number, second: number): string {
  return formatProblem({ severity: 'error', file: shown(file), ...duplicateColumnProblem(name, first, second) });
}

describe('columnPlace', () => {
  it('numbers from 1 and letters as a spreadsheet does', () => {
    expect(columnPlace(0)).toBe('1 (A)');
    expect(columnPlace(25)).toBe('26 (Z)');
    expect(columnPlace(26)).toBe('27 (AA)');
    expect(columnPlace(701)).toBe('702 (ZZ)');
    expect(columnPlace(702)).toBe('703 (AAA)');
  });
});

describe('a column named twice in the header', () => {
  it('the message names the column and both places', () => {
    expect(formatProblem({ severity: 'error', file: 'r.csv', ...duplicateColumnProblem('urn', 0, 7) })).toBe(
      'error: r.csv, line 1, column "urn": the header has the column "urn" twice; rename or remove one, as ' +
        'which holds the data is unclear (expected each column name once in the header, found "columns 1 (A) ' +
        'and 8 (H)")',
    );
  });

  // [file, the column as first written, its position, the repeat's position] (0-based)
  const cases: [string, string, number, number][] = [
    ['register.csv', 'urn', 0, 7], // "urn" and "URN"
    ['activities.csv', 'students', 4, 11], // "students" and "Students"
    ['compass.csv', 'Completion date', 1, 11], // "Completion date" and "Completion Date"
    ['destinations.csv', 'cohort', 14, 21], // "cohort" and "Cohort"
    ['neet.csv', 'cohort_djfavg', 12, 16], // "cohort_djfavg" and "Cohort DJFAvg"
    ['qualtrics-repeated-id.csv', 'Q1', 9, 10], // a Qualtrics question id twice in the first header row
  ];
  for (const [file, name, first, second] of cases)
    it(`validate ${file}: exit 1, one error at line 1`, async () => {
      const r = await runMain('validate', at(file));
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(expectedError(file, name, first, second));
      expect(r.stdout.match(/twice/g)).toHaveLength(1);
    });

  it('a Forms export may give two questions one wording (Q1 and Q3): not an error by itself', async () => {
    const r = await runMain('validate', '--kind', 'survey', at('survey-forms.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(msg.validateSummary(1, 0, 0));
  });

  it('but a placement column the config names by that wording is ambiguous: an error', async () => {
    const r = await runMain('validate', '-c', at('survey-placement.config.json'));
    expect(r.code).toBe(1);
    const name = 'Which careers hub is your school in?';
    expect(r.stdout).toContain(
      formatProblem({ severity: 'error', file: shown('survey-forms.csv'), ...duplicateColumnProblem(name, 0, 2) }),
    );
  });

  it('metrics stops on it with exit 1 and the same located error', async () => {
    const r = await runMain(
      'metrics',
      '--year',
      '2023/24',
      '-c',
      at('survey-placement.config.json'),
      '-o',
      at('no-output'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 1, column "Which careers hub is your school in?": the header has the column');
    expect(r.stderr).not.toContain('bug');
  });
});
