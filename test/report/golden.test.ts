import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAcademicYear } from '../../src/config/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { planInput } from '../../src/pipeline/run.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { planForJson } from '../../src/plan/plan-json.js';
import { renderHtml } from '../../src/render/html-renderer.js';
import { joinPlan, PART_FILES, splitPlan } from './golden-parts.js';
import { htmlText } from './html-text.js';

/**
 * Golden outputs for a small hand-made fixture (test/fixtures/report-mini: two hubs of two LAs each, 12
 * institutions, two Compass years, three KS4 cohorts with a suppressed Sutton cell, two NCCIS years with a
 * suppressed Islington row, 16 activities). One folder per scenario under test/golden/: the plan split into
 * figures.json (the numbers), prose.txt (the words), tables.json, charts.json and outline.json (see golden-parts.ts),
 * and report.txt, the text of the HTML. Regenerate after an intended change with UPDATE_GOLDEN=1 and review the diff.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/report-mini');
const GOLDEN = path.resolve(import.meta.dirname, '../golden');
const update = process.env.UPDATE_GOLDEN === '1';
const TEST = 'test/report/golden.test.ts';

/** Only UPDATE_GOLDEN=1 writes a golden file; a missing one fails, so deleting it cannot make the test pass. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (update) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file))
    expect.fail(`${path.relative(process.cwd(), file)} is missing: run UPDATE_GOLDEN=1 npx vitest run ${TEST}`);
  expect(actual, name).toBe(readFileSync(file, 'utf8'));
}

async function build(options: { hub?: string; rename?: { title: string; hub: string } } = {}) {
  const { rename, hub } = options;
  const year = parseAcademicYear('2023/24')!;
  const result = await readAndCompute({ cwd: FIXTURE, config: undefined, year, sdc: true });
  const config = rename
    ? {
        ...result.config,
        report: { ...result.config.report, title: rename.title },
        hubs: result.config.hubs.map((h, k) => (k === 0 ? { ...h, name: rename.hub } : h)),
      }
    : result.config;
  return buildPlan(planInput({ ...result, config }, { year, hub, version: '0.0.0-test' }));
}

/** The scenarios: each is a folder of test/golden/. */
const SCENARIOS = [
  { folder: 'two-hubs', title: 'the report for both hubs', hub: undefined },
  { folder: 'one-hub', title: 'the report for one hub (--hub north)', hub: 'north' },
] as const;

describe('report golden outputs', () => {
  // A clock far from today: outputs must not depend on it.
  beforeAll(() => vi.useFakeTimers({ now: new Date('2031-07-04T12:00:00Z'), toFake: ['Date'] }));
  afterAll(() => vi.useRealTimers());

  describe.each(SCENARIOS)('$folder: $title', ({ folder, hub }) => {
    it('the plan matches figures.json, prose.txt, tables.json, charts.json and outline.json', async () => {
      // As plan.json holds it: the charts' standalone frames are for exported charts only.
      const plan = planForJson(await build({ hub }));
      const parts = splitPlan(plan);
      // The folder holds the whole plan: put back together, the parts are the plan again.
      expect(joinPlan(parts)).toEqual(JSON.parse(JSON.stringify(plan)));
      for (const file of PART_FILES) golden(`${folder}/${file}`, parts[file]);
    });

    it('the HTML text matches report.txt', async () => {
      golden(`${folder}/report.txt`, htmlText(renderHtml(await build({ hub }), new Map(), { print: false })));
    });
  });

  it('escapes every value from the inputs: markup in a title, a hub name or the narrative is text', async () => {
    const html = renderHtml(
      await build({ rename: { title: '<script>alert(1)</script> Hubs', hub: '<img src=x onerror=alert(1)>' } }),
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
