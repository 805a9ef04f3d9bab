import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../src/ingest/index.js';
import { IMPLAUSIBLE_YEAR_ROWS, plausibleYears } from '../../src/ingest/plausible-years.js';
import type { Activity } from '../../src/model/records.js';
import { academicYear } from '../../src/model/year.js';

/**
 * test/fixtures/cross-field/activities-years.csv: A1 2023-10-05 (2023/24), A2 1900-01-01, A3 2099-05-01, A4
 * 3021-05-01. With today in 2023/24 the window is 1990/91 to 2025/26, so A2-A4 are out.
 */
const FILE = path.resolve(import.meta.dirname, '../fixtures/cross-field/activities-years.csv');
const years = plausibleYears(academicYear(2023));

describe('activities that stream to a sink (metrics and report)', () => {
  it('only A1 reaches the sink, and the summary keeps 1 of 4 rows, as validate says', async () => {
    const seen: Activity[] = [];
    const inputs = await readFiles(
      { activities: [FILE] },
      { activityLabels: {}, years },
      undefined,
      () => (a) => seen.push(a),
    );
    expect(seen.map((a) => a.id)).toEqual(['A1']);
    const [read] = inputs.activities;
    expect(read?.records).toEqual([]);
    expect(read?.summary.rowsRead).toBe(4);
    expect(read?.summary.rowsKept).toBe(1);
    expect(read?.summary.years).toEqual(['2023/24']);
    expect(read?.summary.excluded).toEqual([{ reason: IMPLAUSIBLE_YEAR_ROWS, count: 3 }]);
    expect(read?.problems.map((p) => p.line)).toEqual([3, 4, 5]);
  });
});
