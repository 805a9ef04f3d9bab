import { describe, expect, it } from 'vitest';
import { metricsCsv } from '../../src/metrics/metric-table.js';
import { metricRow } from '../../src/model/metric.js';
import { parseManifest, parseMetricsCsv, parseMetricsJson } from '../../src/snapshot/side.js';

const HEADER =
  'measure,hub,period,breakdown,value,unit,numerator,denominator,ci_low,ci_high,comparator,diff,diff_ci_low,' +
  'diff_ci_high,symbol,note';

describe('parseMetricsCsv', () => {
  it('reads back what metrics.csv writes, empty cells as null (never 0)', () => {
    const rows = [
      metricRow({
        measure: 'compass_coverage_pct',
        hub: 'east',
        period: '2023/24',
        breakdown: 'all',
        unit: 'pct',
        value: 12.5,
      }),
      metricRow({
        measure: 'compass_coverage_pct',
        hub: 'west',
        period: '2023/24',
        breakdown: 'all',
        unit: 'pct',
        symbol: 'c',
      }),
    ];
    const parsed = parseMetricsCsv(metricsCsv(rows), 'metrics.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value?.map((r) => [r.hub, r.value, r.numerator, r.symbol])).toEqual([
      ['east', 12.5, null, ''],
      ['west', null, null, 'c'],
    ]);
  });

  it('names the file, line and column of every value that is not a number, with control characters escaped', () => {
    const text = `${HEADER}\nm,east,2023/24,all,1x,pct,,,,,,,,,,\nm,west,2023/24,all,2,pct,\u001b[31m,,,,,,,,,\n`;
    const parsed = parseMetricsCsv(text, 'old/metrics.csv');
    expect(parsed.value).toBeNull();
    expect(parsed.problems).toEqual([
      expect.objectContaining({ file: 'old/metrics.csv', line: 2, column: 'value', found: '1x' }),
      expect.objectContaining({ line: 3, column: 'numerator', found: '\\x1b[31m' }),
    ]);
  });

  it('refuses a CSV that is not a metrics table, saying which columns are missing', () => {
    const parsed = parseMetricsCsv('a,b\n1,2\n', 'other.csv');
    expect(parsed.problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('metrics table') });
    expect(parsed.problems[0]?.expected).toContain('measure, hub, period');
  });
});

describe('parseMetricsJson and parseManifest', () => {
  it('reads rows and the inputs with their SHA-256 from metrics.json', () => {
    const text = JSON.stringify({
      inputs: [{ file: 'neet/2024.csv', kind: 'neet', sha256: 'ab', rows: 4 }],
      rows: [{ measure: 'm', hub: 'east', period: '2024', breakdown: 'all', value: 3, symbol: '' }],
    });
    const parsed = parseMetricsJson(text, 'metrics.json');
    expect(parsed.value?.inputs).toEqual([{ file: 'neet/2024.csv', kind: 'neet', sha256: 'ab' }]);
    expect(parsed.value?.rows[0]).toMatchObject({ measure: 'm', value: 3, ci_low: null });
  });

  it('refuses JSON that is not a metrics table, and a manifest of another format', () => {
    expect(parseMetricsJson('{"rows": 3}', 'x.json').problems).toHaveLength(1);
    expect(parseMetricsJson('not json', 'x.json').problems).toHaveLength(1);
    // A row that is not an object, or has no key columns, cannot be compared: every missing key is a problem.
    const bad = parseMetricsJson('{"rows": [null, {"hub": "east", "period": "2024", "breakdown": "all"}]}', 'x.json');
    expect(bad.value).toBeNull();
    expect(bad.problems.map((p) => p.message)).toEqual([
      'rows[0] has no measure',
      'rows[0] has no hub',
      'rows[0] has no period',
      'rows[0] has no breakdown',
      'rows[1] has no measure',
    ]);
    expect(parseManifest('{"format": "hubs-eval-snapshot/9"}', 'manifest.json').problems[0]?.message).toContain(
      'hubs-eval-snapshot/1',
    );
  });

  it('says where a manifest or metrics.json stops being JSON: line and column, not just "not a manifest"', () => {
    // Line 3 is '  "year" "2023/24"': the colon is missing, so the parse stops at the value, column 10.
    const text = '{\n  "format": "hubs-eval-snapshot/1",\n  "year" "2023/24"\n}\n';
    const [problem, ...more] = parseManifest(text, 'manifest.json').problems;
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      file: 'manifest.json',
      line: 3,
      expected: 'a hubs-eval snapshot manifest (format "hubs-eval-snapshot/1")',
    });
    // The reason is the JavaScript engine's own words, which change between versions; the place does not.
    expect(problem?.message).toMatch(/^is not JSON: .+ at column 10$/);
    // A byte-order mark is not counted as a column; the text ends inside the list: line 2, column 11.
    const json = parseMetricsJson('\uFEFF{\n "rows": [', 'metrics.json').problems[0];
    expect(json).toMatchObject({ line: 2, expected: 'a hubs-eval metrics.json' });
    expect(json?.message).toMatch(/^is not JSON: .+ at column 11$/);
  });
});
