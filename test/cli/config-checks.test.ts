import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { msg } from '../../src/cli/messages.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { CONFIG_FILE_NAMES } from '../../src/config/defaults.js';
import { EXIT, UserError } from '../../src/errors.js';
import type { AcademicYear } from '../../src/model/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { runMain } from './run-main.js';

/**
 * Config checks: target values plausible for their measure's unit, no config file at all, and an input path that
 * is a folder. Each is a usage error (exit 2) with a hint, before any input is read.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

afterEach(() => vi.restoreAllMocks());

async function userErrorOf(run: Promise<unknown>): Promise<UserError> {
  try {
    await run;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('target values against the unit of their measure', () => {
  const config = path.join(FIXTURES, 'targets/implausible.config.json');

  it('validate: exit 2, one line per implausible value with its config path, expected and found', async () => {
    const r = await runMain('validate', '-c', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Config file ${config} has 3 problems.`);
    // targets[0] (membership_institutions_pct 90) and targets[4] (a mean of 6.5 benchmarks) are plausible.
    expect(r.stderr).toContain(
      'targets[1].value: expected a change from -100 to 100 percentage points for eet_disadvantage_gap_pp, ' +
        'found number -120',
    );
    expect(r.stderr).toContain(
      'targets[2].value: expected a percentage from 0 to 100 for compass_coverage_pct, found number 150',
    );
    expect(r.stderr).toContain('targets[3].value: expected a count of 0 or more for activities, found number -5');
    expect(r.stderr).not.toContain('targets[0]');
    expect(r.stderr).not.toContain('targets[4]');
    expect(r.stderr).toContain('hint: Fix them and run again; `hubs-eval init` writes a commented example.');
  });

  it('metrics stops on the config before reading anything (exit 2)', async () => {
    const r = await runMain('metrics', '--year', '2023/24', '-c', config, '-o', path.join(tmpdir(), 'h16-none'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets[2].value: expected a percentage from 0 to 100');
  });

  it('the bounds themselves are accepted: 0 and 100 %, -100 and 100 points, a count of 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-targets-'));
    const target = (measure: string, value: number) => ({
      measure,
      year: '2023/24',
      value,
      direction: 'at least',
      source: 'plan',
    });
    const file = path.join(dir, 'hubs-eval.config.json');
    writeFileSync(
      file,
      JSON.stringify({
        targets: [
          target('compass_coverage_pct', 0),
          target('compass_coverage_pct', 100),
          target('eet_change_pp', -100),
          target('eet_change_pp', 100),
          target('activities', 0),
        ],
      }),
    );
    const r = await runMain('validate', '-c', file);
    // Past the config: stops only because this config has no inputs.
    expect(r.stderr).not.toContain('problem');
    expect(r.stderr).toContain(msg.noInputs());
  });
});

describe('no config file and no input files', () => {
  it('validate says no config file was found, where it looked, and points to hubs-eval init', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-noconfig-'));
    const term = memoryTerminal();
    const e = await userErrorOf(
      validateCommand({ cwd: dir, config: undefined, files: [], kind: undefined, json: false }, term),
    );
    expect(e.message).toBe(
      `No config file was found: looked in ${dir} for hubs-eval.config.json, hubs-eval.config.yaml, ` +
        'hubs-eval.config.yml, and no input files were given.',
    );
    expect(e.message).toBe(msg.noConfigFound(dir, CONFIG_FILE_NAMES));
    expect(e.hint).toBe(msg.noConfigFoundHint());
    expect(e.hint).toContain('hubs-eval init');
    expect(e.exitCode).toBe(EXIT.usage);
  });

  it('metrics and report (one core entry) say the same, not "No inputs are configured"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-noconfig-'));
    const e = await userErrorOf(
      readAndCompute({ cwd: dir, config: undefined, year: '2023/24' as AcademicYear, sdc: true }),
    );
    expect(e.message).toBe(msg.noConfigFound(dir, CONFIG_FILE_NAMES));
    expect(e.message).not.toContain('No inputs');
    expect(e.exitCode).toBe(EXIT.usage);
  });
});

describe('an input path that is a folder', () => {
  it('says it is a folder and suggests a pattern for its files, not "matches no file"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-folder-'));
    mkdirSync(path.join(dir, 'compass'));
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(
      path.join(dir, 'hubs-eval.config.json'),
      JSON.stringify({ inputs: { compass: 'compass/', evidence: 'notes' } }),
    );
    const r = await runMain('validate', '-c', path.join(dir, 'hubs-eval.config.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: A configured input is a folder, not a file.');
    expect(r.stderr).toContain(
      `inputs.compass: "compass/" is a folder, not a file (${path.join(dir, 'compass')}); give a pattern for its ` +
        'files, e.g. "compass/*.csv"',
    );
    expect(r.stderr).toContain(
      `inputs.evidence: "notes" is a folder, not a file (${path.join(dir, 'notes')}); give a pattern for its ` +
        'files, e.g. "notes/*.md"',
    );
    expect(r.stderr).not.toContain('matches no file');
  });

  it('a folder beside a path that matches nothing: both said, under the general heading', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-folder-'));
    mkdirSync(path.join(dir, 'compass'));
    writeFileSync(
      path.join(dir, 'hubs-eval.config.json'),
      JSON.stringify({ inputs: { compass: 'compass', neet: 'neet.csv' } }),
    );
    const r = await runMain('validate', '-c', path.join(dir, 'hubs-eval.config.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: Some configured inputs match no file.');
    expect(r.stderr).toContain('inputs.compass: "compass" is a folder, not a file');
    expect(r.stderr).toContain(`inputs.neet: "neet.csv" matches no file (looked in ${dir})`);
  });
});
