import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAcademicYear } from '../../src/config/year.js';
import { EXIT, UserError } from '../../src/errors.js';
import type { FileSummary, InputKind } from '../../src/model/records.js';
import type { AcademicYear } from '../../src/model/year.js';
import { runMsg } from '../../src/pipeline/messages.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { checkYears, inputSpans } from '../../src/pipeline/year-check.js';

const y = (text: string) => parseAcademicYear(text)!;

function file(kind: InputKind, years: string[]): FileSummary {
  return {
    file: `${kind}.csv`,
    kind,
    layout: 'test',
    sha256: '',
    encoding: 'utf-8',
    rowsRead: 1,
    rowsKept: 1,
    years: years.map(y),
    suppressed: {},
    superseded: 0,
    excluded: [],
    notes: [],
  };
}

const FILES = [
  file('compass', ['2022/23', '2023/24']),
  file('destinations', ['2018/19', '2020/21']),
  file('destinations', ['2019/20']),
  file('neet', ['2022/23', '2023/24']),
];

function thrown(f: () => void): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('years outside the data', () => {
  it('gives each input its span (destinations by KS4 cohort, over all its files)', () => {
    expect(inputSpans(FILES)).toEqual([
      { kind: 'compass', first: '2022/23', last: '2023/24', reaches: '2023/24' },
      { kind: 'destinations', first: '2018/19', last: '2020/21', reaches: '2022/23' },
      { kind: 'neet', first: '2022/23', last: '2023/24', reaches: '2023/24' },
    ]);
  });

  it('accepts a year some input covers, and destinations two years after their last cohort', () => {
    expect(() => checkYears(y('2023/24'), FILES, { cohorts: null })).not.toThrow();
    expect(() => checkYears(y('2019/20'), FILES, { cohorts: null })).not.toThrow();
    const onlyDestinations = [file('destinations', ['2009/10', '2021/22'])];
    expect(() => checkYears(y('2023/24'), onlyDestinations, { cohorts: null })).not.toThrow();
    expect(() => checkYears(y('2024/25'), onlyDestinations, { cohorts: null })).toThrow(
      runMsg.yearOutsideData('2024/25', [{ kind: 'destinations', first: '2009/10', last: '2021/22' }]),
    );
  });

  it('--year 2035/36 and --year 1999 exit 2, naming the years each input covers', () => {
    for (const year of ['2035/36', '1999']) {
      const e = thrown(() => checkYears(y(year), FILES, { cohorts: null }));
      expect(e.exitCode).toBe(EXIT.usage);
      expect(e.message).toBe(
        runMsg.yearOutsideData(y(year), [
          { kind: 'compass', first: '2022/23', last: '2023/24' },
          { kind: 'destinations', first: '2018/19', last: '2020/21' },
          { kind: 'neet', first: '2022/23', last: '2023/24' },
        ]),
      );
      expect(e.hint).toBe(runMsg.yearHint());
    }
  });

  it('a destinations.cohorts range with no cohort in the files exits 2 instead of dropping the chapter', () => {
    const cohorts = { from: y('2010/11') as AcademicYear, to: y('2012/13') as AcademicYear };
    const e = thrown(() => checkYears(y('2023/24'), FILES, { cohorts }));
    expect(e.exitCode).toBe(EXIT.usage);
    expect(e.message).toBe(runMsg.cohortsOutsideData('2010/11', '2012/13', { first: '2018/19', last: '2020/21' }));
    expect(e.hint).toBe(runMsg.cohortsHint());
    // A range that overlaps the files is fine.
    expect(() => checkYears(y('2023/24'), FILES, { cohorts: { from: y('2015/16'), to: y('2018/19') } })).not.toThrow();
  });

  it('stops readAndCompute on the golden fixture for a year outside it', async () => {
    const cwd = path.resolve(import.meta.dirname, '../fixtures/report-mini');
    await expect(readAndCompute({ cwd, config: undefined, year: y('2035/36'), sdc: true })).rejects.toThrow(
      /no input has data for 2035\/36: institutions 2021\/22 to 2023\/24/,
    );
  });
});
