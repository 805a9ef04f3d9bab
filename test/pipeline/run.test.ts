import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/cli/messages.js';
import { EXIT, UserError } from '../../src/errors.js';
import type { AcademicYear } from '../../src/model/year.js';
import { computeRun, resolveRun } from '../../src/pipeline/run.js';
import { runMain } from '../cli/run-main.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LONDON = ['central', 'east', 'south', 'west'];

/**
 * A config whose only input is not a register at all: reading it stops the run with exit 1 (data errors). A run
 * that stops with exit 2 on --hub instead has not read it.
 */
function badInputFolder(): { dir: string; config: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-run-'));
  writeFileSync(path.join(dir, 'institutions.csv'), 'this,is,not\na,register,file\n');
  const config = path.join(dir, 'hubs-eval.config.json');
  writeFileSync(config, JSON.stringify({ inputs: { institutions: 'institutions.csv' } }));
  return { dir, config };
}

describe('the run resolves --hub before reading any input', () => {
  it('resolveRun stops an unknown hub with the config hubs named, and accepts a known one', () => {
    const { dir } = badInputFolder();
    const attempt = () => resolveRun({ cwd: dir, config: undefined, hub: 'nope' });
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow(msg.unknownHub('nope'));
    try {
      attempt();
    } catch (e) {
      expect((e as UserError).hint).toBe(msg.unknownHubHint(LONDON));
      expect((e as UserError).exitCode).toBe(EXIT.usage);
    }
    expect(resolveRun({ cwd: dir, config: undefined, hub: 'west' }).hub).toBe('west');
    expect(resolveRun({ cwd: dir, config: undefined, hub: undefined }).hub).toBeNull();
  });

  it('the same bad input with a known hub is read and stops the run with exit 1 (the check is real)', async () => {
    const { dir } = badInputFolder();
    const year = '2023/24' as AcademicYear;
    const options = { cwd: dir, config: undefined, year, sdc: true, hub: 'west' };
    const files: string[] = [];
    await expect(computeRun(resolveRun(options), options, (f) => files.push(f))).rejects.toMatchObject({
      exitCode: EXIT.dataProblems,
    });
    expect(files).toContain(path.join(dir, 'institutions.csv'));
  });

  it('report --hub nope exits 2 with the hubs listed, before reading the inputs or starting a browser', async () => {
    const { dir, config } = badInputFolder();
    // Default formats include pdf, and --browser names no browser: the hub is checked before either matters.
    const run = await runMain(
      ...['report', '--year', '2023/24', '--hub', 'nope', '--config', config, '--out', path.join(dir, 'out')],
      ...['--browser', path.join(dir, 'no-such-browser')],
    );
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain(msg.unknownHub('nope'));
    expect(run.stderr).toContain(msg.unknownHubHint(LONDON));
    expect(run.stderr).not.toContain('institutions.csv');
  });

  it('charts --hub nope exits 2 the same way', async () => {
    const { dir, config } = badInputFolder();
    const run = await runMain('charts', '--year', '2023/24', '--hub', 'nope', '--config', config, '--list');
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain(msg.unknownHubHint(LONDON));
    expect(run.stderr).not.toContain(path.join(dir, 'institutions.csv'));
  });

  it('on the sample data, report --hub nope fails in well under the time reading the samples takes', async () => {
    // Not timed: the first in-process run loads the CLI's modules.
    await runMain('--version');
    const started = performance.now();
    const run = await runMain(
      ...['report', '--year', '2023/24', '--hub', 'nope', '--format', 'html'],
      ...['--config', path.join(ROOT, 'hubs-eval.config.json'), '--out', path.join(tmpdir(), 'hubs-eval-nope')],
    );
    const took = performance.now() - started;
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain(msg.unknownHub('nope'));
    // Reading and computing the samples takes several seconds on this machine; loading the config alone, a few ms.
    // Under a second on an idle machine; the bound is generous for a loaded one (no input read is shown above).
    expect(took).toBeLessThan(2000);
  });
});
