import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { skipWithoutTools } from '../browser-requirements.js';

/**
 * Ctrl-C while the report is printing leaves no browser profile in the temporary folder. The real
 * command runs on the report-mini fixture with its own TMPDIR; once the print's profile folder appears, the child
 * gets SIGINT (SIGTERM in the second case), and the folder must be gone when it has ended.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/report-mini');
const browser = findBrowser({ env: process.env, platform: process.platform, exists: existsSync });
const skip = skipWithoutTools('interrupted report', { 'Chromium/Chrome (set CHROME_PATH)': browser !== undefined });

const work = mkdtempSync(path.join(tmpdir(), 'hubs-eval-interrupt-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const profiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('hubs-eval-chromium-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function interruptedReport(signal: 'SIGINT' | 'SIGTERM', name: string) {
  const tempDir = mkdtempSync(path.join(work, `${name}-tmp-`));
  const child = spawn(
    process.execPath,
    ['--import', TSX, path.join(ROOT, 'src/cli/index.ts'), 'report', '--year', '2023/24', '--format', 'pdf'],
    {
      cwd: FIXTURE,
      env: { ...process.env, TMPDIR: tempDir, CHROME_PATH: browser, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  let seen = false;
  for (let waited = 0; waited < 120_000 && child.exitCode === null; waited += 50) {
    if (profiles(tempDir).length) {
      seen = true;
      // Let the browser start and write into its profile, then interrupt the print.
      await sleep(1_500);
      break;
    }
    await sleep(50);
  }
  child.kill(signal);
  const end = await ended;
  return { seen, end, left: profiles(tempDir) };
}

describe.skipIf(skip)('an interrupted report', () => {
  it('Ctrl-C (SIGINT) mid-print: the command ends as interrupted and its browser profile is gone', async () => {
    const { seen, end, left } = await interruptedReport('SIGINT', 'sigint');
    expect(seen).toBe(true);
    expect(end.signal).toBe('SIGINT');
    expect(left).toEqual([]);
  });

  it('SIGTERM (a CI runner cancelling the job) likewise', async () => {
    const { seen, end, left } = await interruptedReport('SIGTERM', 'sigterm');
    expect(seen).toBe(true);
    expect(end.signal).toBe('SIGTERM');
    expect(left).toEqual([]);
  });
});
