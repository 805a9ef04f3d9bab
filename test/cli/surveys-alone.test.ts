import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../../src/cli/messages.js';
import { GIVEN_KINDS } from '../../src/model/records.js';
import { runMain as run } from './run-main.js';

/**
 * Survey inputs stand on their own: a config with only `inputs.surveys` computes the survey
 * measures, `validate FILE` tells a survey export (and a coding sheet) by its content, and a survey the config
 * describes but does not list under `inputs.surveys` is a config error.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');

afterEach(() => vi.restoreAllMocks());

describe('a config with only inputs.surveys', () => {
  it('metrics computes the survey measures (not "No inputs are configured")', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-surveys-alone-'));
    const config = path.join(FIXTURES, 'surveys-only/hubs-eval.config.json');
    const r = await run('metrics', '--year', '2023/24', '-c', config, '-o', out, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('No inputs');
    const rows = JSON.parse(readFileSync(path.join(out, 'metrics.json'), 'utf8')).rows as {
      measure: string;
      hub: string;
      breakdown: string;
      numerator: number;
      denominator: number | null;
    }[];
    const find = (measure: string, hub: string, breakdown: string) =>
      rows.find((row) => row.measure === measure && row.hub === hub && row.breakdown === breakdown);
    // qualtrics.csv: R_a1, R_a2 (North), R_a4, R_a5 (South) finished; R_a3 (South) did not. Q2: Small, Micro,
    // Small, Large (threshold and rounding 1 in this config, so the counts are as read).
    expect(find('survey_respondents', 'all', 'qualtrics')?.numerator).toBe(4);
    expect(find('survey_respondents', 'north', 'qualtrics')?.numerator).toBe(2);
    expect(find('survey_respondents', 'south', 'qualtrics')?.numerator).toBe(2);
    expect(find('survey_response_pct', 'all', 'qualtrics.Q2: Small (10-49)')).toMatchObject({
      numerator: 2,
      denominator: 4,
    });
  });

  it('a survey entry whose export is not in inputs.surveys is a config error (exit 2), not dropped', async () => {
    const r = await run('validate', '-c', path.join(FIXTURES, 'surveys-only/unlisted.config.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: A survey the config describes is not read.');
    expect(r.stderr).toContain(
      'surveys[0].file: "../surveys/forms-windows-1252.csv" is not among inputs.surveys, so the "employers" ' +
        'survey would not be read; add it to inputs.surveys',
    );
  });
});

describe('validate FILE tells survey exports by their content', () => {
  it('SurveyMonkey, Qualtrics and Forms exports (CSV and .xlsx) given by name', async () => {
    const files = ['surveymonkey-bom.csv', 'qualtrics.csv', 'forms-windows-1252.csv', 'forms.xlsx'];
    const r = await run('validate', ...files.map((f) => path.join('test/fixtures/surveys', f)));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kind: survey "surveymonkey-bom"; layout: surveymonkey (csv)');
    expect(r.stdout).toContain('kind: survey "qualtrics"; layout: qualtrics (csv)');
    expect(r.stdout).toContain('kind: survey "forms-windows-1252"; layout: forms (csv); encoding: windows-1252');
    expect(r.stdout).toContain('kind: survey "forms"; layout: forms (xlsx)');
    expect(r.stdout).toContain('Checked 4 files: 0 errors');
  });

  it('a header no export writes is not guessed; --kind survey reads it as a survey export', async () => {
    const file = 'test/fixtures/surveys/plain-header.csv';
    expect((await run('validate', file)).code).toBe(2);
    const r = await run('validate', '--kind', 'survey', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kind: survey "plain-header"; layout: forms (csv)');
    expect(r.stdout).toContain('responses: 3 rows; complete: 3');
  });

  it('a file that is none of the kinds: exit 2 naming it, the hint listing the kinds with survey', async () => {
    const r = await run('validate', 'test/fixtures/evidence/quote-ok.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${msg.unknownFileKind(['test/fixtures/evidence/quote-ok.md'])}`);
    expect(r.stderr).toContain(`hint: ${msg.unknownFileKindHint(GIVEN_KINDS)}`);
  });

  it('validate $(find data-samples -name "*.csv") passes on the project\'s own samples', async () => {
    const files = execFileSync('find', ['data-samples', '-name', '*.csv'], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    // 5 Compass, 10 destinations, 5 NEET, 3 hub and 3 cluster activity logs, the register, 6 neighbours comparison
    // files, the SurveyMonkey staff survey, the coding sheet of its Q6 and the clusters' legacy survey (Forms).
    expect(files).toHaveLength(36);
    const r = await run('validate', ...files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'data-samples/surveys/synthetic_staff_survey_surveymonkey.csv\n  kind: survey "staff"; layout: surveymonkey',
    );
    expect(r.stdout).toContain(
      'data-samples/coded/synthetic_staff_q6_coded_themes.csv\n  kind: coding sheet for staff Q6; 37 codes',
    );
    const legacy = 'data-samples/surveys/synthetic_cluster_legacy_survey_msforms.csv';
    expect(r.stdout).toContain(`${legacy}\n  kind: survey "clusters"; layout: forms (csv)`);
    expect(r.stdout).toContain(`Checked ${files.length} files: 0 errors`);
  });
});
