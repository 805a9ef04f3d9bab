import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/report-mini');
const CHROMIUM = '/usr/bin/chromium';

/** The GitHub Actions example of the README (the yaml block after `<!-- ci-example -->`). */
function ciExample(): { steps: { run?: string; uses?: string }[] } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- ci-example -->\n```yaml\n([\s\S]*?)```/.exec(readme);
  if (!block?.[1]) throw new Error('README.md has no ci-example yaml block');
  const workflow = parseYaml(block[1]) as { jobs: Record<string, { steps: { run?: string; uses?: string }[] }> };
  const [job] = Object.values(workflow.jobs);
  if (!job) throw new Error('the ci example has no job');
  return job;
}

/** The example's hubs-eval command lines, as argument lists (they use no quoting, so splitting on spaces is exact). */
function hubsEvalCommands(): string[][] {
  return ciExample()
    .steps.flatMap((s) => (s.run ?? '').split('\n'))
    .filter((line) => line.startsWith('npx hubs-eval '))
    .map((line) => {
      expect(line).not.toMatch(/["'$`\\|&;<>]/);
      return line.split(/\s+/).slice(2);
    });
}

function hubsEval(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'src/cli/index.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    // What the example's setup-chrome step puts in the environment.
    env: { ...process.env, CHROME_PATH: CHROMIUM, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const work = mkdtempSync(path.join(tmpdir(), 'hubs-eval-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the README GitHub Actions example', () => {
  it('installs Chromium, keeps its outputs as artifacts, and runs report, snapshot and diff', () => {
    const steps = ciExample().steps;
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'browser-actions/setup-chrome@v1',
      'actions/upload-artifact@v4',
    ]);
    expect(hubsEvalCommands().map((c) => c[0])).toEqual(['report', 'snapshot', 'diff']);
  });

  it.skipIf(!existsSync(CHROMIUM))('its hubs-eval commands succeed on a project with a committed snapshot', () => {
    // A project as the example assumes it: a config, its inputs, and last year's accepted snapshot committed.
    cpSync(FIXTURE, work, { recursive: true });
    const commands = hubsEvalCommands();
    const snapshot = commands.find((c) => c[0] === 'snapshot')!;
    const committed = hubsEval([...snapshot.slice(0, -1), 'snapshots/2023-24'], work);
    expect(committed.code, committed.stderr).toBe(0);
    for (const args of commands) {
      const r = hubsEval(args, work);
      expect(r.code, `hubs-eval ${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    for (const f of ['out/report/report.pdf', 'out/report/report.html', 'out/snapshot/manifest.json'])
      expect(existsSync(path.join(work, f)), f).toBe(true);
    // The same diff after a DfE revision of an input fails the job (exit 1).
    const neet = path.join(work, 'neet/neet-2024.csv');
    writeFileSync(neet, readFileSync(neet, 'utf8').replace('Croydon,16-17,8900,4.6', 'Croydon,16-17,8900,4.9'));
    expect(hubsEval(snapshot, work).code).toBe(0);
    const diff = hubsEval(commands.find((c) => c[0] === 'diff')!, work);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('neet/neet-2024.csv (neet): other bytes');
  });
});
