import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/test-summary.mjs');

/** Runs the summary script in a folder holding the given .vitest-results.json (or none). */
function summary(results?: string, vitestStatus?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-summary-'));
  if (results !== undefined) writeFileSync(path.join(dir, '.vitest-results.json'), results);
  const args = vitestStatus === undefined ? [SCRIPT] : [SCRIPT, vitestStatus];
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout };
}

const result = (passed: number, failed: number, pending: number) =>
  JSON.stringify({
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: pending,
    success: failed === 0,
    testResults: [{ name: 'x.test.ts', assertionResults: [{ status: failed ? 'failed' : 'passed' }] }],
  });

describe('scripts/test-summary.mjs', () => {
  it('prints "N passed, N failed, N skipped" and exits 1 when a test failed', () => {
    expect(summary(result(3, 1, 2))).toEqual({ code: 1, out: '3 passed, 1 failed, 2 skipped\n' });
  });

  it('exits 0 when everything passed', () => {
    expect(summary(result(5, 0, 0))).toEqual({ code: 0, out: '5 passed, 0 failed, 0 skipped\n' });
  });

  it('exits 1 when vitest itself exited non-zero with every test passed (an unhandled error)', () => {
    const r = summary(result(5, 0, 0), '1');
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      '5 passed, 0 failed, 0 skipped\n' +
        'vitest exited with status 1: an unhandled error or a crash (see its output above)\n',
    );
    expect(summary(result(5, 0, 0), '0').code).toBe(0);
  });

  it('names a file whose hook failed (its tests count as skipped, not failed) and exits 1', () => {
    const broken = JSON.stringify({
      numPassedTests: 0,
      numFailedTests: 0,
      numPendingTests: 2,
      success: false,
      testResults: [{ name: 'slow.test.ts', status: 'failed', message: '', assertionResults: [{ status: 'skipped' }] }],
    });
    expect(summary(broken, '1')).toEqual({
      code: 1,
      out:
        'skipped tests in slow.test.ts\nfailed to run: slow.test.ts (a hook or import failed)\n' +
        '0 passed, 0 failed, 2 skipped\n',
    });
  });

  it('says so and exits 1 when the results file is missing or unreadable', () => {
    const missing = summary();
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('no test summary: .vitest-results.json was not written');
    const broken = summary('{not json');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('.vitest-results.json is not valid JSON');
  });
});
