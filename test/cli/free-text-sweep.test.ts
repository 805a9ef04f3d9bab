import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricsCommand } from '../../src/cli/commands/metrics.js';
import { reportCommand } from '../../src/cli/commands/report.js';
import { snapshotCommand } from '../../src/cli/commands/snapshot.js';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { COMMENTS } from '../ingest/surveys/comments-fixture.js';
import { outputTexts } from './output-texts.js';

/**
 * Free text is never published, swept end to end: report-mini with a Forms export whose comment
 * columns hold 1, 3 and 10 distinct answers, short and long, with names and phone numbers
 * (test/fixtures/surveys/comments-forms.csv), through `report` (HTML, Word), `metrics` (CSV, JSON) and `snapshot`
 * (tables, ODS, open data); every file, and every entry of the zips, must be free of every answer.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const year = parseAcademicYear('2023/24')!;
let work: string;
let validateOutput: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'hubs-eval-free-text-'));
  const dir = path.join(work, 'inputs');
  cpSync(path.join(FIXTURES, 'report-mini'), dir, { recursive: true });
  // report-mini's hubs are North and South: the London hub names in the export are mapped onto them, and the
  // export's one off-scale answer (an error, tested in test/ingest/surveys/free-text.test.ts) is put on the scale.
  const survey = readFileSync(path.join(FIXTURES, 'surveys/comments-forms.csv'), 'utf8')
    .replace(',Quite happy,', ',Satisfied,')
    .replace(/,(Central|West),/g, ',North,')
    .replace(/,East,/g, ',South,');
  writeFileSync(path.join(dir, 'comments.csv'), survey);
  const config = path.join(dir, 'hubs-eval.config.json');
  const text = readFileSync(config, 'utf8');
  expect(text).toContain('"inputs": {');
  writeFileSync(config, text.replace('"inputs": {', '"inputs": { "surveys": "comments.csv",'));
  const common = { cwd: dir, config: undefined, year, sdc: true, version: '9.9.9' };
  const term = memoryTerminal();
  const report = { ...common, env: {}, out: '../report', hub: undefined, browser: undefined };
  expect(await reportCommand({ ...report, formats: ['html', 'docx'] }, term)).toBe(0);
  expect(await metricsCommand({ ...common, out: '../metrics', formats: ['csv', 'json'] }, term)).toBe(0);
  expect(await snapshotCommand({ ...common, out: '../snapshot' }, term)).toBe(0);
  const check = memoryTerminal();
  await validateCommand({ cwd: dir, config: undefined, files: [], kind: undefined, json: false }, check);
  validateOutput = [...check.stdout, ...check.stderr].join('\n');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('free-text survey answers', () => {
  it('reach no output: HTML, plan, metrics CSV and JSON, Word, ODS, open data and snapshot swept', () => {
    const texts = outputTexts(work, ['report', 'metrics', 'snapshot']);
    const names = [...texts.keys()];
    // Guard against a sweep of nothing: the documents and tables of every run are there, with the survey in them.
    for (const wanted of [
      'report/report.html',
      'report/plan.json',
      'report/report.docx:word/document.xml',
      'metrics/metrics.csv',
      'metrics/metrics.json',
      'snapshot/tables.ods:content.xml',
      'snapshot/manifest.json',
    ])
      expect(names).toContain(wanted.split('/').join(path.sep));
    expect(texts.get(path.join('report', 'report.html'))).toContain('How satisfied are you with the support');
    // Whole words, so that "Great" is not found in "Greater London".
    const escaped = [...COMMENTS, '07700', 'Patel'].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const words = escaped.map((c) => new RegExp(`\\b${c}\\b`));
    const leaks = names.flatMap((n) => words.filter((w) => w.test(texts.get(n) ?? '')).map((w) => `${n}: ${w}`));
    expect(leaks).toEqual([]);
  });

  it('validate says each comment column is free text and why, without echoing any answer', () => {
    for (const question of ['Any other comments?', 'What went well?', 'What would you change?'])
      expect(validateOutput).toContain(`text: ${question}\n      typed by: free text: not a closed set`);
    for (const c of COMMENTS) expect(validateOutput).not.toContain(c);
  });
});
