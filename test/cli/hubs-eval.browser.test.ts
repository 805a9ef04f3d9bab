import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/cli/messages.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Runs the real command line, as a user would, from the repository root (its config points at data-samples/).
 * Asynchronous on purpose: a synchronous spawn blocks the test worker for the whole run, and on a loaded machine
 * vitest's own worker messages then time out ("Timeout calling onTaskUpdate") although every test passed.
 */
function hubsEval(args: string[], cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', TSX, path.join(ROOT, 'src/cli/index.ts'), ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('the hubs-eval command line', () => {
  it('prints help with every command, and per-command help with examples', async () => {
    const top = await hubsEval(['--help']);
    expect(top.code).toBe(0);
    for (const cmd of ['validate', 'metrics', 'report', 'charts', 'init']) expect(top.stdout).toContain(cmd);
    const report = await hubsEval(['report', '--help']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Examples:');
    expect(report.stdout).toContain('--format <list>');
  });

  it('prints its version', async () => {
    const r = await hubsEval(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('exits 2 with the accepted forms on a bad year', async () => {
    const r = await hubsEval(['metrics', '--year', '2023/25']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg.userError(msg.badYear('2023/25')));
    expect(r.stderr).toContain('2023/24, 2023-24, 202324 or 2023');
  });

  it('exits 2 on an unknown option or a missing required one', async () => {
    expect((await hubsEval(['report', '--colour', 'red'])).code).toBe(2);
    expect((await hubsEval(['metrics'])).code).toBe(2);
  });

  it('exits 1 and locates every problem when a file is bad', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-cli-'));
    const file = path.join(dir, 'register.csv');
    writeFileSync(
      file,
      'urn,name,la_code,type,pupils,eligible,joined\n100001,A,E09000007,mainstream,900,yes,2019/20\n100001,B,' +
        'E09000007,mainstream,800,yes,\n100003,C,E09000007,spaceship,700,yes,\n',
    );
    const r = await hubsEval(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/line 3.*duplicate|duplicate.*line 3/i);
    expect(r.stdout).toMatch(/line 4, column "type"/);
  });

  it('stops metrics with exit 1 when the inputs have errors, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-cli-'));
    writeFileSync(
      path.join(dir, 'compass.csv'),
      'urn,completion_date,B1,B2,B3,B4,B5,B6,B7,B8\n100001,01/10/2023,140,50,50,50,50,50,50,50\n',
    );
    writeFileSync(
      path.join(dir, 'register.csv'),
      'urn,name,la_code,type,pupils,eligible,joined\n100001,A,E09000007,mainstream,900,yes,2019/20\n',
    );
    writeFileSync(
      path.join(dir, 'hubs-eval.config.json'),
      JSON.stringify({ inputs: { compass: 'compass.csv', institutions: 'register.csv' } }),
    );
    const r = await hubsEval(['metrics', '--year', '2023/24'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no figures were computed');
    expect(existsSync(path.join(dir, 'reports'))).toBe(false);
  });

  it('refuses Compass returns without a register to place them in hubs (exit 2, with the fix)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-cli-'));
    writeFileSync(
      path.join(dir, 'compass.csv'),
      'urn,completion_date,B1,B2,B3,B4,B5,B6,B7,B8\n100001,01/10/2023,100,50,50,50,50,50,50,50\n',
    );
    writeFileSync(path.join(dir, 'hubs-eval.config.json'), JSON.stringify({ inputs: { compass: 'compass.csv' } }));
    const r = await hubsEval(['metrics', '--year', '2023/24'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('without an institutions register');
    expect(r.stderr).toContain('hint: Add inputs.institutions');
  });

  it('init writes a starter config that validate then reads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-cli-'));
    expect((await hubsEval(['init'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'hubs-eval.config.yaml'), 'utf8')).toContain('# hubs-eval configuration');
    expect((await hubsEval(['init'], dir)).code).toBe(2);
    const r = await hubsEval(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('matches no file');
  });

  it('charts lists the chart ids and writes SVG, PNG and Vega-Lite for the ones asked for', async () => {
    const list = await hubsEval(['charts', '--year', '2023/24', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^eet-trend\t/m);
    const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-charts-'));
    const r = await hubsEval([
      'charts',
      '--year',
      '2023/24',
      '--chart',
      'eet-trend',
      '--chart',
      'compass-benchmarks',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    for (const f of ['eet-trend.svg', 'eet-trend.png', 'eet-trend.vl.json', 'compass-benchmarks.png'])
      expect(existsSync(path.join(out, f)), f).toBe(true);
    expect(readFileSync(path.join(out, 'eet-trend.png')).subarray(1, 4).toString()).toBe('PNG');
    const spec = JSON.parse(readFileSync(path.join(out, 'eet-trend.vl.json'), 'utf8'));
    expect(spec.$schema).toContain('vega-lite');
    expect(JSON.stringify(spec)).toContain('"values"');
    expect((await hubsEval(['charts', '--year', '2023/24', '--chart', 'nope'])).code).toBe(2);
  });

  it('metrics twice gives byte-identical files', async () => {
    const out1 = mkdtempSync(path.join(tmpdir(), 'hubs-eval-m1-'));
    const out2 = mkdtempSync(path.join(tmpdir(), 'hubs-eval-m2-'));
    expect((await hubsEval(['metrics', '--year', '2023/24', '--out', out1, '-q'])).code).toBe(0);
    expect((await hubsEval(['metrics', '--year', '2023/24', '--out', out2, '-q'])).code).toBe(0);
    for (const f of ['metrics.csv', 'metrics.json'])
      expect(readFileSync(path.join(out1, f))).toEqual(readFileSync(path.join(out2, f)));
  });
});
