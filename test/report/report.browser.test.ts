import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report.js';
import { msg } from '../../src/cli/messages.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { CHROMIUM_ARGS } from '../../src/pdf/chromium-pdf-renderer.js';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { skipWithoutTools } from '../browser-requirements.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BROWSER = findBrowser({ env: process.env, platform: process.platform, exists: existsSync });
const HAS_POPPLER = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// Skipped locally with a message when missing; in CI (CI=true) a missing tool fails the run instead.
const SKIP = skipWithoutTools('the PDF and axe-core report tests', {
  'Chromium/Chrome (set CHROME_PATH)': BROWSER !== undefined,
  'poppler-utils (pdfinfo, pdftotext)': HAS_POPPLER,
});

async function report(out: string, formats: ('html' | 'pdf')[]) {
  const code = await reportCommand(
    {
      cwd: ROOT,
      env: process.env,
      config: undefined,
      year: parseAcademicYear('2023/24')!,
      out,
      formats,
      hub: undefined,
      browser: BROWSER,
      sdc: true,
      version: 'test',
    },
    memoryTerminal(),
  );
  expect(code).toBe(0);
}

/**
 * The text of a chapter of the PDF: its pages from the first that carries its title after the contents (the contents
 * end on the first page naming the glossary, the last annex printed) to the page before the next chapter's, spaces
 * collapsed.
 */
function chapterText(pages: readonly string[]): (title: string, next: string) => string {
  const afterContents = pages.findIndex((p) => p.includes('Annex C: Glossary')) + 1;
  const startOf = (title: string, from: number) => pages.findIndex((p, k) => k >= from && p.includes(title));
  return (title, next) => {
    const start = startOf(title, afterContents);
    const end = startOf(next, start + 1);
    expect(start, title).toBeGreaterThan(0);
    expect(end, next).toBeGreaterThan(start);
    return pages.slice(start, end).join(' ').replace(/\s+/g, ' ');
  };
}

describe.skipIf(SKIP)('hubs-eval report on data-samples/', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-report-'));
  beforeAll(async () => report(out, ['html', 'pdf']));

  it('writes every output', () => {
    for (const f of [
      'report.html',
      'report.pdf',
      'plan.json',
      'metrics.csv',
      'metrics.json',
      'charts/eet-trend.svg',
      'charts/eet-trend.vl.json',
      'tables/eet-trend.csv',
      'tables.ods',
      'open-data/hubs-eval-metrics.csv',
      'open-data/hubs-eval-metrics.meta.csv',
    ]) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
  });

  it('the HTML has no axe-core violations (WCAG 2.2 A and AA) in headless Chromium', async () => {
    const { launch } = await import('puppeteer-core');
    const browser = await launch({
      executablePath: BROWSER!,
      headless: true,
      args: [...CHROMIUM_ARGS],
      userDataDir: mkdtempSync(path.join(tmpdir(), 'hubs-eval-axe-')),
    });
    try {
      // A phone, and a wide screen where the contents become a fixed sidebar.
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 1280, height: 800 },
      ]) {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        await page.setRequestInterception(true);
        const requested: string[] = [];
        page.on('request', (r) => {
          if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requested.push(r.url());
          void (r.url().startsWith('data:') || r.url() === 'about:blank' ? r.continue() : r.abort());
        });
        await page.setContent(readFileSync(path.join(out, 'report.html'), 'utf8'), { waitUntil: 'load' });
        expect(requested, 'the report makes no network request').toEqual([]);
        // Nothing is wider than the screen: tables and charts scroll inside their own regions.
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(widths[0], `scrollWidth at ${viewport.width} px`).toBeLessThanOrEqual(widths[1]!);
        // Each chart shows one SVG: its phone layout at 360 px, the page layout at 1280 px. The smallest text of the
        // one shown, at the size it is drawn on screen (font size times the SVG's scale), is at least 11 px on a phone.
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll('figure.chart')].map((figure) => {
            const shown = [...figure.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
            const svg = shown[0]!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const sizes = [...svg.querySelectorAll('text')].map(
              (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
            );
            return {
              id: figure.id,
              shown: shown.length,
              narrow: svg.closest('.chart-narrow') !== null,
              min: Math.min(...sizes),
            };
          }),
        );
        expect(charts.length).toBeGreaterThan(30);
        for (const c of charts) {
          expect(c.shown, `${c.id} shows one SVG`).toBe(1);
          expect(c.narrow, `${c.id} at ${viewport.width} px`).toBe(viewport.width === 360);
          if (viewport.width === 360) expect(c.min, `${c.id}: smallest text on a phone`).toBeGreaterThanOrEqual(11);
        }
        await page.addScriptTag({
          content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
        });
        const violations = await page.evaluate(async () => {
          const axe = (
            globalThis as unknown as {
              axe: {
                run: (
                  ctx: unknown,
                  opts: unknown,
                ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
        });
        expect(violations, `${viewport.width} px wide`).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    // axe over the whole sample report takes over a minute per width on a loaded two-core machine.
  }, 400_000);

  it('the PDF is tagged, A4, with bookmarks', () => {
    const info = execFileSync('pdfinfo', [path.join(out, 'report.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(info.match(/Pages:\s+(\d+)/)![1])).toBeGreaterThan(20);
    // Bookmarks: Chromium writes an /Outlines dictionary when it is asked for an outline.
    expect(readFileSync(path.join(out, 'report.pdf')).includes('/Outlines')).toBe(true);
  });

  it('the PDF text has every section, and headline sentences worked out from the sample files in its chapters', () => {
    const raw = execFileSync('pdftotext', ['-layout', path.join(out, 'report.pdf'), '-'], { encoding: 'utf8' });
    const text = raw.replace(/\s+/g, ' ');
    for (const title of [
      'Contents',
      'Executive summary',
      'Introduction and methodology',
      'Careers provision: Gatsby Benchmarks in Compass',
      'Hub membership and reach',
      'Destinations after key stage 4',
      'Apprenticeships',
      'Activities and participation',
      'Hub profiles',
      'Central hub',
      'West hub',
      'Conclusions and recommendations',
      'Annex A: Measures and sources',
      'Annex B: Data quality',
      'Annex C: Glossary',
      'Page 1 of',
    ]) {
      expect(text, title).toContain(title);
    }
    const chapter = chapterText(raw.split('\f'));
    // Compass: data-samples/compass/compass-2019-20.csv, compass-2020-21.csv and compass-2023-24.csv, the latest
    // return per URN (by completion_date) of the URNs in data-samples/institutions.csv: 311, 400 and 664 returns;
    // benchmarks fully achieved = the Benchmark n (%) columns equal to 100, averaged over returns: 808/311 = 2.598,
    // 1321/400 = 3.303 and 3520/664 = 5.301. The change runs since the hubs began (2021/22), from 2020/21.
    const compassSummary =
      'The average number of Gatsby Benchmarks fully achieved rose every year from 3.3 in 2020/21 to 5.3 in 2023/24.';
    const completions =
      "The number of schools and colleges in the hubs' areas completing Compass rose every year from 311 in 2019/20 " +
      'to 664 in 2023/24.';
    // Membership: data-samples/institutions.csv, eligible = yes: 712; of them joined in 2023/24 or before: 649;
    // 649/712 = 91.15%.
    const membership = 'By the end of 2023/24, 91.2% of eligible schools and colleges had joined a hub';
    const summary = chapter('Executive summary', 'Introduction and methodology');
    for (const sentence of [compassSummary, completions, membership]) expect(summary, sentence).toContain(sentence);
    expect(chapter('Careers provision: Gatsby Benchmarks in Compass', 'Hub membership and reach')).toContain(
      "The average number of Gatsby Benchmarks fully achieved by schools and colleges in the hubs' areas completing " +
        'Compass rose every year from 3.3 in 2020/21 to 5.3 in 2023/24. The change is measured from 2020/21, the ' +
        'last year before the hubs began in 2021/22; the years before the hubs are shaded in the chart.',
    );
    // Sustained EET: data-samples/destinations/synthetic_ks4_destinations_la.csv, Local authority rows,
    // institution_group "State-funded mainstream schools", breakdown Total, data_type "Number of pupils", overall /
    // cohort summed over each hub's LAs (src/config/london-hubs.ts). Central, time_period 201516 (the 2014/15 KS4
    // cohort): 17799/18995 = 93.70%; 202223 (2021/22 cohort): 20605/21828 = 94.40%; change 0.69 pp. West: 94.80% and
    // 95.39%; change 0.60 pp.
    expect(chapter('Destinations after key stage 4', 'Activities and participation')).toContain(
      'Over the whole span of the files (all pupils, KS4 cohorts 2014/15 to 2021/22, seven of them before the hubs), ' +
        'the sustained EET rate rose in Central and West, by up to 0.7 percentage points (Central; least in West, 0.6)',
    );
  });

  it('the same inputs give byte-identical HTML, plan and metrics', async () => {
    const again = mkdtempSync(path.join(tmpdir(), 'hubs-eval-report-'));
    await report(again, ['html']);
    for (const f of [
      'report.html',
      'plan.json',
      'metrics.csv',
      'metrics.json',
      'charts/eet-trend.svg',
      'charts/eet-trend.vl.json',
      'tables/eet-trend.csv',
      'tables.ods',
      'open-data/hubs-eval-metrics.csv',
      'open-data/hubs-eval-metrics.meta.csv',
    ]) {
      expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f))), f).toBe(true);
    }
  });
});

describe('hubs-eval report options', () => {
  it('--hub gives a report for one hub, and an unknown hub is a usage error', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-hub-'));
    const year = parseAcademicYear('2023/24')!;
    const base = {
      cwd: ROOT,
      env: process.env,
      config: undefined,
      year,
      out,
      formats: ['html' as const],
      browser: undefined,
      sdc: true,
      version: 'test',
    };
    expect(await reportCommand({ ...base, hub: 'west' }, memoryTerminal())).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(out, 'plan.json'), 'utf8'));
    expect(plan.meta.hub).toEqual({ id: 'west', name: 'West' });
    expect(plan.sections.map((s: { id: string }) => s.id)).toContain('profile-west');
    expect(plan.sections.map((s: { id: string }) => s.id)).not.toContain('profile-east');
    await expect(reportCommand({ ...base, hub: 'north' }, memoryTerminal())).rejects.toThrow(msg.unknownHub('north'));
  });

  it('stops before reading anything when PDF is asked for and no browser is found, saying how to get one', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-nobrowser-'));
    const run = reportCommand(
      {
        cwd: ROOT,
        env: {},
        config: undefined,
        year: parseAcademicYear('2023/24')!,
        out,
        formats: ['html', 'pdf'],
        hub: undefined,
        browser: '/nonexistent/chrome',
        sdc: true,
        version: 'test',
      },
      memoryTerminal(),
    );
    await expect(run).rejects.toThrow(/no Chromium or Chrome found/);
    expect(existsSync(path.join(out, 'report.html'))).toBe(false);
  });
});
