import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataDownloadFiles } from '../../src/cli/publication-files.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { OPEN_DATA_COLUMNS } from '../../src/metrics/open-data.js';
import { type PipelineResult, readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { planInput } from '../../src/pipeline/run.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { DOWNLOADS } from '../../src/plan/furniture.js';
import type { ReportPlan } from '../../src/plan/types.js';
import { planCharts } from '../../src/render/chart-export.js';
import { sheetName } from '../../src/render/ods-workbook.js';
import { MINI } from '../plan/sample-plan.js';

/** The data downloads read back: one CSV per chart and table, the GSS-style workbook, the EES open-data file. */
let plan: ReportPlan;
let result: PipelineResult;
let files: Map<string, string | Uint8Array>;

beforeAll(async () => {
  const year = parseAcademicYear('2023/24')!;
  result = await readAndCompute({ cwd: MINI, config: undefined, year, sdc: true });
  plan = buildPlan(planInput(result, { year, hub: undefined, version: 't' }));
  files = dataDownloadFiles(plan, result, new Date(Date.UTC(2025, 2, 1)));
});

const text = (name: string) => {
  const f = files.get(name);
  if (typeof f !== 'string') throw new Error(`${name} is not a text file`);
  return f;
};

/** A CSV line split at commas outside quotes (enough for these files, which hold no line breaks in cells). */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .slice(0, -1)
    .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
}

describe('tables/*.csv', () => {
  it('has one file per chart with the printed column names and every row of its table', () => {
    const charts = planCharts(plan);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      const lines = text(`tables/${c.id}.csv`).trimEnd().split('\n');
      expect(cells(lines[0]!)).toEqual(c.table.columns);
      expect(lines.slice(1).map(cells)).toEqual(c.table.rows);
    }
  });

  it('lists each file in the index and writes the symbol legend', () => {
    const index = text('tables/index.csv').trimEnd().split('\n').slice(1).map(cells);
    const csvs = [...files.keys()].filter((k) => /^tables\/(?!index|symbols)/.test(k));
    expect(index.map((r) => `tables/${r[0]}`)).toEqual(csvs);
    expect(text('tables/symbols.csv')).toMatch(/^c,confidential/m);
  });
});

describe('tables.ods', () => {
  let content: string;
  beforeAll(() => {
    const zip = unzipSync(files.get(DOWNLOADS.workbook) as Uint8Array);
    expect(Object.keys(zip)[0]).toBe('mimetype');
    expect(strFromU8(zip.mimetype!)).toBe('application/vnd.oasis.opendocument.spreadsheet');
    content = strFromU8(zip['content.xml']!);
  });

  it('has a cover, contents and notes sheet, then one sheet per table, and no merged cells', () => {
    const names = [...content.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1]);
    const tables = [...files.keys()].filter((k) => /^tables\/(?!index|symbols)/.test(k));
    expect(names).toEqual(['Cover', 'Contents', 'Notes', ...tables.map((_, i) => sheetName(i))]);
    expect(content).not.toMatch(/number-columns-spanned|number-rows-spanned/);
  });

  it('stores plain numbers as numbers and keeps symbols as text', () => {
    expect(content).toMatch(/office:value-type="float"/);
    expect(content).not.toMatch(/office:value-type="float" office:value="NaN"/);
  });
});

describe('the open-data file', () => {
  it('has the EES required columns first, and a meta file naming every filter and indicator', () => {
    const lines = text(DOWNLOADS.openData).trimEnd().split('\n');
    expect(cells(lines[0]!)).toEqual([...OPEN_DATA_COLUMNS]);
    expect(lines.length).toBeGreaterThan(10);
    const meta = text(DOWNLOADS.openDataMeta).trimEnd().split('\n').map(cells);
    expect(meta[0]!.slice(0, 3)).toEqual(['col_name', 'col_type', 'label']);
    const described = meta.slice(1).map((r) => r[0]);
    expect(described).toEqual(OPEN_DATA_COLUMNS.slice(5));
  });

  it('writes academic years as six digits, never a blank geography, and symbols instead of zeros', () => {
    const rows = text(DOWNLOADS.openData).trimEnd().split('\n').slice(1).map(cells);
    for (const r of rows) {
      expect(r[0]).toMatch(/^\d{6}$/);
      expect(r[1]).toBe('Academic year');
      expect(r[2]).toBe('National');
      expect(r[3]).toBe('E92000001');
    }
    const suppressed = result.metrics.rows.filter((m) => m.symbol === 'c' && /^\d{4}\/\d{2}$/.test(m.period));
    expect(rows.filter((r) => r[9] === 'c')).toHaveLength(suppressed.length);
  });
});
