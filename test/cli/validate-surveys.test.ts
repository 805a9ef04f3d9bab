import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import type { AcademicYear } from '../../src/model/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');

/** A config folder with the register, one survey export and the evidence fixtures, as a user would lay it out. */
function project(survey: string, surveys: unknown[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-surveys-'));
  mkdirSync(path.join(dir, 'evidence'));
  copyFileSync(path.join(FIXTURES, 'report-mini/institutions.csv'), path.join(dir, 'institutions.csv'));
  copyFileSync(path.join(FIXTURES, 'surveys', survey), path.join(dir, survey));
  copyFileSync(path.join(FIXTURES, 'evidence/no-consent.md'), path.join(dir, 'evidence/no-consent.md'));
  const config = { inputs: { institutions: 'institutions.csv', surveys: survey, evidence: 'evidence/*.md' }, surveys };
  writeFileSync(path.join(dir, 'hubs-eval.config.json'), JSON.stringify(config));
  return dir;
}

async function validate(cwd: string) {
  const term = memoryTerminal();
  const code = await validateCommand({ cwd, config: undefined, files: [], kind: undefined, json: false }, term);
  return { code, out: term.stdout.join('\n') };
}

describe('validate and report with survey exports and evidence files', () => {
  it('prints what it detected in each export, and which evidence is not published', async () => {
    const { code, out } = await validate(project('qualtrics.csv'));
    expect(code).toBe(0);
    expect(out).toContain('kind: survey "qualtrics"; layout: qualtrics (csv); encoding: utf-8');
    expect(out).toContain('responses: 5 rows; complete: 4; unfinished (left out): 1');
    expect(out).toContain('placed in hubs by: hub (column "Q5")');
    expect(out).toContain('Q4_TEXT: text: Any comments?');
    expect(out).toContain('1 not published');
    expect(out).toMatch(/no-consent\.md, line 1: not published/);
  });

  it('stops with exit code 1 and located errors on a malformed export', async () => {
    const dir = project('malformed.csv', [
      {
        id: 'bad',
        file: 'malformed.csv',
        respondents: 'staff',
        questions: { Q1: { type: 'likert', scale: 'satisfaction' }, Q2: { type: 'number' } },
      },
    ]);
    const { code, out } = await validate(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/malformed\.csv, line 4, column "How satisfied are you\?": answer is not one of/);
    const run = readAndCompute({ cwd: dir, config: undefined, year: '2023/24' as AcademicYear, sdc: true });
    await expect(run).rejects.toMatchObject({
      exitCode: 1,
      details: expect.arrayContaining([expect.stringMatching(/line 5/)]),
    });
  });

  it('refuses a number invited below the complete responses (a config mistake, exit 2)', async () => {
    // qualtrics.csv has four complete responses; two invited would print a response rate of 200%.
    const dir = project('qualtrics.csv', [
      { id: 'qualtrics', file: 'qualtrics.csv', respondents: 'employers', invited: 2 },
    ]);
    const run = readAndCompute({ cwd: dir, config: undefined, year: '2023/24' as AcademicYear, sdc: true });
    await expect(run).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/invited is 2, fewer than the 4 complete responses/),
    });
  });
});
