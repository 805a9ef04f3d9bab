import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAcademicYear } from '../../src/config/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { planInput } from '../../src/pipeline/run.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { renderHtml } from '../../src/render/html-renderer.js';
import { htmlText } from './html-text.js';

/**
 * Golden outputs for a small hand-made fixture (test/fixtures/report-mini: two hubs of two LAs each, 12
 * institutions, two Compass years, three KS4 cohorts with a suppressed Sutton cell, two NCCIS years with a
 * suppressed Islington row, 16 activities). Regenerate after an intended change with UPDATE_GOLDEN=1 and review the
 * diff.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/report-mini');
const GOLDEN = path.resolve(import.meta.dirname, '../golden');
const update = process.env.UPDATE_GOLDEN === '1';
const TEST = 'test/report/golden.test.ts';

/** Only UPDATE_GOLDEN=1 writes a golden file; a missing one fails, so deleting it cannot make the test pass. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (update) writeFileSync(file, actual);
  if (!existsSync(file))
    expect.fail(`${path.relative(process.cwd(), file)} is missing: run UPDATE_GOLDEN=1 npx vitest run ${TEST}`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

async function build(rename?: { title: string; hub: string }) {
  const year = parseAcademicYear('2023/24')!;
  const result = await readAndCompute({ cwd: FIXTURE, config: undefined, year, sdc: true });
  const config = rename
    ? {
        ...result.config,
        report: { ...result.config.report, title: rename.title },
        hubs: result.config.hubs.map((h, k) => (k === 0 ? { ...h, name: rename.hub } : h)),
      }
    : result.config;
  return buildPlan(planInput({ ...result, config }, { year, hub: undefined, version: '0.0.0-test' }, 'bare'));
}

describe('report golden outputs', () => {
  // A clock far from today: outputs must not depend on it.
  beforeAll(() => vi.useFakeTimers({ now: new Date('2031-07-04T12:00:00Z'), toFake: ['Date'] }));
  afterAll(() => vi.useRealTimers());

  it('the plan JSON matches test/golden/mini-plan.json', async () => {
    golden('mini-plan.json', `${JSON.stringify(await build(), null, 2)}\n`);
  });

  it('the HTML text matches test/golden/mini-report.txt', async () => {
    golden('mini-report.txt', htmlText(renderHtml(await build(), new Map(), { print: false })));
  });

  it('escapes every value from the inputs: markup in a title, a hub name or the narrative is text', async () => {
    const html = renderHtml(
      await build({ title: '<script>alert(1)</script> Hubs', hub: '<img src=x onerror=alert(1)>' }),
      new Map(),
      { print: false },
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hubs');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    // The recommendations Markdown says "Use <b>plain</b> words": raw HTML in narrative is shown, not obeyed.
    expect(html).not.toMatch(/<b>plain<\/b>/);
    expect(html).toContain('&lt;b&gt;plain&lt;/b&gt;');
  });
});
