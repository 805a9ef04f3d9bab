import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report.js';
import { snapshotCommand } from '../../src/cli/commands/snapshot.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { readSurvey } from '../../src/ingest/surveys/read-survey.js';
import { outputTexts } from './output-texts.js';

/**
 * Control characters in every kind of input (config title, register cell, survey heading and answer, evidence
 * quote) must reach no output: a run on the hostile copy of report-mini is swept file by file, the
 * Word and ODS files entry by entry.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const HOSTILE = path.join(FIXTURES, 'control-chars');
const year = parseAcademicYear('2023/24')!;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;
let work: string;

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'hubs-eval-controls-'));
  const dir = path.join(work, 'inputs');
  cpSync(path.join(FIXTURES, 'report-mini'), dir, { recursive: true });
  for (const f of ['survey-forms.csv', 'quote.md']) cpSync(path.join(HOSTILE, f), path.join(dir, f));
  const config = path.join(dir, 'hubs-eval.config.json');
  edit(config, '"Mini Hubs Evaluation"', '"Mini\\u001b[31m Hubs\\u0007 Evaluation\\u0008"');
  edit(config, '"inputs": {', '"inputs": { "surveys": "survey-forms.csv", "evidence": "quote.md",');
  edit(path.join(dir, 'institutions.csv'), 'Camden Park School', 'Camden\u0000 Park\u009b School\u007f');
  const common = { cwd: dir, config: undefined, year, sdc: true, version: '9.9.9' };
  const term = memoryTerminal();
  const report = { ...common, env: {}, out: '../report', formats: ['html', 'docx'] as const, hub: undefined };
  expect(await reportCommand({ ...report, formats: [...report.formats], browser: undefined }, term)).toBe(0);
  expect(await snapshotCommand({ ...common, out: '../snapshot' }, term)).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('control characters in the inputs', () => {
  it('reach no output file: HTML, CSV, JSON, plan, Word and ODS swept', () => {
    const texts = outputTexts(work, ['report', 'snapshot']);
    const names = [...texts.keys()];
    // Guard against a sweep of nothing: the documents and tables of both runs are there.
    for (const wanted of [
      'report/report.html',
      'report/plan.json',
      'report/metrics.csv',
      'report/metrics.json',
      'report/report.docx:word/document.xml',
      'snapshot/tables.ods:content.xml',
      'snapshot/manifest.json',
    ])
      expect(names).toContain(wanted.split('/').join(path.sep));
    expect(names.filter((n) => n.includes(`${path.sep}open-data${path.sep}`)).length).toBeGreaterThan(0);
    const dirty = names.filter((n) => RAW_CONTROL.test(texts.get(n) ?? ''));
    expect(dirty).toEqual([]);
  });

  it('are removed, not replaced: the title, the school and the quote read as written without them', () => {
    const html = readFileSync(path.join(work, 'report/report.html'), 'utf8');
    expect(html).toContain('Mini[31m Hubs Evaluation');
    expect(html).toContain('The encounters[31m changed how our Year 10s talk about work.');
    const csv = readFileSync(path.join(work, 'report/metrics.csv'), 'utf8');
    expect(csv).not.toContain('Satis\u0000fied');
    const plan = readFileSync(path.join(work, 'report/plan.json'), 'utf8');
    expect(plan).not.toContain('\\u0000');
    expect(plan).not.toContain('\\u001b');
  });

  it('a NUL in a survey answer makes no new category: "Satis\\0fied" is "Satisfied", and is warned about', async () => {
    const { survey, problems } = await readSurvey(path.join(HOSTILE, 'survey-forms.csv'));
    const question = survey.questions.find((q) => q.text.startsWith('How satisfied'));
    expect(question?.text).toBe('How satisfied were you[2J?');
    expect(question?.type).toBe('likert');
    const answers = survey.responses.map((r) => r.answers[question?.id ?? '']?.[0]);
    // Lines 3, 4, 6 (the NUL one), 8, 11 and 13 of the file say Satisfied.
    expect(answers.filter((a) => a === 'Satisfied')).toHaveLength(6);
    expect(answers.some((a) => a?.includes('\u0000'))).toBe(false);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 1,
        column: 'How satisfied were you[2J?',
        message:
          '2 cells held control characters (such as ESC, BEL or NUL), removed as the file was read; this is the first',
        found: 'How satisfied were you\x1b[2J?',
      }),
    ]);
  });
});
