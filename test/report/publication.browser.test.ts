import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { isMeasureId, measureFacts } from '../../src/model/measures/index.js';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { outlineEntries } from '../../src/pdf/pdf-structure.js';
import { ANNEX_A_OPENING } from '../../src/plan/phrases/index.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';
import { htmlText } from './html-text.js';
import { pageUse } from './page-ink.js';
import { htmlWithoutProvenance, publicationHits } from './publication-text.js';

/**
 * The sample report as a printed publication: contents page numbers that match the bookmarks, pages
 * that are used, tokens never broken across lines, and the same PDF bytes from the same inputs.
 */
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
if (!BROWSER || !HAS_POPPLER) console.warn('[hubs-eval tests] no Chromium or no poppler: publication tests SKIPPED.');

/** A fixed SOURCE_DATE_EPOCH: 2025-03-01T00:00:00Z. */
const EPOCH = '1740787200';

async function printSample(out: string, config?: string): Promise<Buffer> {
  const code = await reportCommand(
    {
      cwd: ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
      config,
      year: parseAcademicYear('2023/24')!,
      out,
      formats: ['html', 'pdf'],
      hub: undefined,
      browser: BROWSER,
      sdc: true,
      version: 'test',
    },
    memoryTerminal(),
  );
  expect(code).toBe(0);
  return readFileSync(path.join(out, 'report.pdf'));
}

const pdftotext = (file: string, ...args: string[]) =>
  execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });

/** The contents page's number for each bookmark below the title, beside the page the bookmark points to. */
function contentsAgainstOutline(pdf: Buffer, file: string): { title: string; printed?: number; page: number }[] {
  const entries = outlineEntries(pdf);
  // The contents run from page 2 to the page before the first entry after it.
  const last = Math.max(2, Math.min(...entries.filter((e) => e.page > 2).map((e) => e.page)) - 1);
  const contents = pdftotext(file, '-layout', '-f', '2', '-l', String(last));
  // A long entry wraps: a line without a page number carries on in the next line.
  const printed = new Map<string, number>();
  let pending = '';
  for (const line of contents.split('\n')) {
    const m = /^\s*(\S.*?\S)\s+(\d+)\s*$/.exec(line);
    if (m) {
      printed.set(`${pending} ${m[1]}`.trim().replace(/\s+/g, ' '), Number(m[2]));
      pending = '';
    } else if (line.trim() && !/^Page \d+ of|Contents$/.test(line.trim())) pending = `${pending} ${line.trim()}`;
    else pending = '';
  }
  return entries
    .filter((e) => e.depth > 0 && e.title !== 'Contents')
    .map((e) => ({ title: e.title, printed: printed.get(e.title), page: e.page }));
}

/** Pages under 45% used that are not the cover, the last page, or a chapter's last page (the next starts one). */
function thinPages(pdf: Buffer, file: string): { page: number; used: number }[] {
  const use = pageUse(file);
  const chapterStarts = new Set(
    outlineEntries(pdf)
      .filter((e) => e.depth === 1)
      .map((e) => e.page),
  );
  return use
    .map((u, i) => ({ page: i + 1, used: Math.round(u * 100) }))
    .filter(({ page, used }) => used < 45 && page !== 1 && page !== use.length && !chapterStarts.has(page + 1));
}

describe.skipIf(!BROWSER || !HAS_POPPLER)('the sample report as a publication', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-publication-'));
  const file = path.join(out, 'report.pdf');
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await printSample(out);
  });

  it('prints the same PDF bytes again, dated from SOURCE_DATE_EPOCH, not the clock', async () => {
    const again = await printSample(mkdtempSync(path.join(tmpdir(), 'hubs-eval-publication-')));
    expect(again.equals(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+2025-03-01T00:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2025-03-01T00:00:00Z/);
    expect(info).toMatch(/Tagged:\s+yes/);
  });

  it("the contents page gives each entry's page, and it is the page its bookmark points to", () => {
    const outline = contentsAgainstOutline(pdf, file);
    expect(outline.length).toBeGreaterThan(15);
    for (const entry of outline) expect(entry.printed, entry.title).toBe(entry.page);
    // And the footers agree: the page a bookmark points to carries that heading.
    for (const entry of outline.slice(0, 5)) {
      expect(pdftotext(file, '-f', String(entry.page), '-l', String(entry.page)).replace(/\s+/g, ' ')).toContain(
        entry.title,
      );
    }
  });

  it('uses at least 45% of every page but the cover, the last page of a chapter and the last page', () => {
    expect(thinPages(pdf, file)).toEqual([]);
    const use = pageUse(file);
    // The measure itself: the cover is full height, the glossary well used.
    expect(use[0]).toBeGreaterThan(0.8);
  });

  it('prints at full size: nothing is wider than the page, so Chromium does not shrink every page to fit it', () => {
    // The cover title is set at 30pt; a page shrunk to fit a wide table sets it smaller (25pt at 84%).
    const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], { encoding: 'utf8' });
    const words = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">London</g)];
    const title = words.map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => b - a)[0];
    expect(title).toBeGreaterThan(30);
    expect(title).toBeLessThan(34);
  });

  it('puts each hub profile on one page', () => {
    const profiles = outlineEntries(pdf).filter((e) => e.depth === 2 && / hub$/.test(e.title));
    expect(profiles.map((p) => p.title)).toEqual(['Central hub', 'East hub', 'South hub', 'West hub']);
    const pages = profiles.map((p) => p.page);
    expect(pages).toEqual([pages[0], pages[0]! + 1, pages[0]! + 2, pages[0]! + 3]);
    // The page after the last profile starts the next chapter: nothing of a profile spills over.
    const next = outlineEntries(pdf).find((e) => e.depth === 1 && e.page > pages[3]!);
    expect(next?.page).toBe(pages[3]! + 1);
  });

  it('never breaks a number, a measure id or a year range across lines', () => {
    const text = pdftotext(file, '-layout');
    const ids = new Set(
      readFileSync(path.join(out, 'metrics.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]!),
    );
    // Breakdown ids (same_institutions) and source field names ("all_notsust") are whole tokens too: the HTML marks
    // each unbreakable token it prints, so a fragment of one is in neither list.
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    const tokens = new Set([...html.matchAll(/<span class="token">([^<]*)<\/span>/g)].map((m) => m[1]!));
    // Every token with an underscore is a whole id, field or file name (a broken one would be a fragment).
    const fragments = [...text.matchAll(/[\w./-]*_[\w./-]*/g)]
      .map((m) => m[0].replace(/[.,]$/, ''))
      .filter((t) => !ids.has(t) && !tokens.has(t) && !/^[\w/-]+\.(csv|xlsx)$/.test(t));
    expect(fragments).toEqual([]);
    // A thousands-separated number whose last group is short was cut ("1,648,4" / "90").
    expect(text.match(/\b\d{1,3}(,\d{3})*,\d{1,2}(?![\d,])/g)).toBeNull();
    // A year range split after "to" (the next line starts with the range's end; "from 87.8% in 2014/15 to" /
    // "86.3% in 2021/22" is prose wrapping, not a broken range), or a year split at its slash.
    expect(text.match(/\d{4}\/\d{2} to[ \t]*\n[ \t]*\d{4}\/\d{2}/g)).toBeNull();
    expect(text.match(/\d{4}\/[ \t]*$/gm)).toBeNull();
    // In reading order (no layout), a range split before "to" starts a line with "to 2023/24".
    expect(pdftotext(file).match(/^[ \t]*to \d{4}\/\d{2}/gm)).toBeNull();
  });

  it('prints no file path, digest, file name, measure id, code or placeholder in the PDF or the HTML body', () => {
    expect(publicationHits(pdftotext(file))).toEqual([]);
    // The HTML edition's provenance annex is where digests and file names belong; the rest reads as the PDF does.
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(publicationHits(htmlText(htmlWithoutProvenance(html)))).toEqual([]);
    expect(htmlText(html)).toContain('Annex D: Provenance of every figure');
  });

  it('prints each interval of the hubs compared table whole on one line, never wrapped inside the number', () => {
    const text = pdftotext(file, '-layout');
    // The caption's last appearance before the table's note: the list of tables names it too.
    const end = text.indexOf('Changes run from the last cohort');
    const table = text.slice(text.lastIndexOf('Headline measures by hub, with 95% confidence intervals', end), end);
    // The table is there, with its intervals: (5.0 to 5.6) under Central's 5.3 benchmarks, among others.
    const whole = table.match(/\([+-]?\d[\d.]*(?: pp)? to [+-]?\d[\d.]*(?: pp)?\)/g) ?? [];
    expect(whole.length).toBeGreaterThan(30);
    expect(table).toContain('(5.0 to 5.6)');
    // An opening bracket and number whose " to ..." does not follow on the same line was wrapped inside.
    const broken = table
      .split('\n')
      .flatMap((line) =>
        [...line.matchAll(/\([+-]?\d[\d.]*/g)]
          .filter((m) => !/^\([+-]?\d[\d.]*(?: pp)? to [+-]?\d[\d.]*(?: pp)?\)/.test(line.slice(m.index)))
          .map(() => line.trim()),
      );
    expect(broken).toEqual([]);
    // Nor is a line left holding the end of an interval alone.
    expect(table.match(/^\s*(?:to )?[+-]?\d[\d.]*(?: pp)?\)/gm)).toBeNull();
  });

  it('leaves the per-figure provenance to the HTML edition without pointing to an annex the PDF lacks', () => {
    const text = pdftotext(file).replace(/\s+/g, ' ');
    expect(text).toContain(ANNEX_A_OPENING);
    expect(text).not.toMatch(/Annex D/);
    expect(text).not.toContain('Annex D: Provenance of every figure');
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('Annex D: Provenance of every figure');
    expect(html).toMatch(/[0-9a-f]{64}/);
    expect(html).not.toMatch(/<script\b/i);
  });
});

/**
 * The real DfE files (KS4 destinations by LA district and nationally, NCCIS NEET 2021 to 2025) with the sample
 * register, Compass and activity logs: the same layout rules hold on real shapes and suppressions.
 */
describe.skipIf(!BROWSER || !HAS_POPPLER || !HAS_REAL_DATA)('a report on the real DfE files as a publication', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-publication-real-'));
  const file = path.join(out, 'report.pdf');
  let pdf: Buffer;
  beforeAll(async () => {
    const sample = JSON.parse(readFileSync(path.join(ROOT, 'hubs-eval.config.json'), 'utf8'));
    const config = path.join(out, 'real.config.json');
    const here = (p: string) => path.join(ROOT, p);
    const inputs = {
      institutions: here('data-samples/institutions.csv'),
      compass: here('data-samples/compass/*.csv'),
      destinations: [
        realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv'),
        realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv'),
      ],
      neet: realFile('nccis-neet-la', '*.csv'),
      activities: here('data-samples/activities/*.csv'),
    };
    writeFileSync(config, JSON.stringify({ report: sample.report, inputs }));
    pdf = await printSample(out, config);
  });

  it('has contents page numbers that match the bookmarks', () => {
    for (const entry of contentsAgainstOutline(pdf, file)) expect(entry.printed, entry.title).toBe(entry.page);
  });

  it('uses at least 45% of every page but the cover, the last page of a chapter and the last page', () => {
    expect(thinPages(pdf, file)).toEqual([]);
  });

  it('writes only measures that `hubs-eval measures` lists, each with the unit the catalogue gives', () => {
    const rows: { measure: string; unit: string }[] = parse(readFileSync(path.join(out, 'metrics.csv'), 'utf8'), {
      columns: true,
    });
    const seen = new Map(rows.map((r) => [r.measure, r.unit]));
    // The ids are typed, so an unknown one cannot be built; this checks the file as written from real shapes.
    expect(seen.size).toBeGreaterThan(50);
    for (const [id, unit] of seen) {
      expect(isMeasureId(id), id).toBe(true);
      if (isMeasureId(id)) expect(measureFacts(id).unit, id).toBe(unit);
    }
  });
});
