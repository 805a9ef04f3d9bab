import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportPlan } from '../../src/plan/types.js';
import { planCharts } from '../../src/render/chart-export.js';
import { renderChartImages, renderChartSvgs } from '../../src/render/chart-images.js';
import { columnWidths } from '../../src/render/docx-blocks.js';
import { renderDocx } from '../../src/render/docx-renderer.js';
import { MINI, planOf } from '../plan/sample-plan.js';

/** The Word edition read back from its zip: headings, tables with repeated header rows, alt text on every image. */
let plan: ReportPlan;
let bytes: Uint8Array;
let documentXml: string;
const DATE = new Date(Date.UTC(2025, 2, 1));

beforeAll(async () => {
  plan = await planOf(MINI);
  const images = await renderChartImages(await renderChartSvgs(plan));
  bytes = await renderDocx(plan, images, { date: DATE });
  documentXml = strFromU8(unzipSync(bytes)['word/document.xml']!);
});

/** The text of each paragraph styled `style`, in order. */
function styledParagraphs(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)]
    .map((m) => m[1]!)
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** A section's page: w:pgSz's width, height and orientation. */
function pageSize(sectPr: string): { w: number; h: number; orient: string } {
  const pgSz = /<w:pgSz\b([^>]*)\/>/.exec(sectPr)![1]!;
  const attr = (name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(pgSz)?.[1] ?? '';
  // OOXML: an absent w:orient means portrait.
  return { w: Number(attr('w')), h: Number(attr('h')), orient: attr('orient') || 'portrait' };
}

describe('report.docx', () => {
  it('has one Heading 1 per chapter and one Heading 2 per sub-section of the plan, in order', () => {
    // A numbered chapter's heading starts with its number, as the HTML's does: "4. Careers provision ...".
    const chapters = plan.sections
      .filter((s) => s.level === 1)
      .map((s) => (s.number ? `${s.number}. ${s.title}` : s.title));
    expect(chapters.filter((t) => /^\d+\. /.test(t)).length).toBeGreaterThan(3);
    expect(chapters.length).toBeGreaterThan(3);
    expect(styledParagraphs(documentXml, 'Heading1')).toEqual([...chapters, 'Accessibility statement']);
    const subs = plan.sections.filter((s) => s.level === 2).map((s) => s.title);
    expect(styledParagraphs(documentXml, 'Heading2')).toEqual(subs);
    expect(styledParagraphs(documentXml, 'Title')).toEqual([plan.meta.title]);
  });

  it('draws every chart as an image whose docPr carries the chart alt text', () => {
    const charts = planCharts(plan);
    expect(charts.length).toBeGreaterThan(0);
    const docPrs = [...documentXml.matchAll(/<wp:docPr\b([^>]*)\/?>/g)].map((m) => m[1]!);
    expect(docPrs).toHaveLength(charts.length);
    const descr = docPrs.map((a) => /\bdescr="([^"]*)"/.exec(a)?.[1] ?? '');
    expect(descr.every((d) => d.length > 20)).toBe(true);
    const fromXml = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
    expect(descr.map(fromXml)).toEqual(charts.map((c) => c.alt));
  });

  it('writes every table with its first row marked as a header row repeated on each page', () => {
    const tables = [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    const planTables = plan.sections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'table' ? [b.table] : b.kind === 'chart' && !b.chart.dataElsewhere ? [b.chart.table] : [],
      ),
    );
    const withHeader = tables.filter((t) => /<w:tr\b[^>]*>\s*<w:trPr>[\s\S]*?<w:tblHeader\/>/.test(t));
    expect(withHeader.length).toBeGreaterThanOrEqual(planTables.length);
    // Each table is captioned by its number, or a chart's data by its figure's number ("Data for Figure 4.1: ...").
    const captions = styledParagraphs(documentXml, 'Caption');
    expect(captions.filter((c) => /^(Table|Data for Figure) [\dA-Z]+\.\d+: /.test(c)).length).toBe(withHeader.length);
  });

  it("writes a table's negative numbers with the minus sign, which a narrow column never parts from its digits", () => {
    const cells = [...documentXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) =>
      [...m[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    const negative = cells.filter((c) => /\u2212\d/.test(c));
    expect(negative.length).toBeGreaterThan(0);
    expect(cells.filter((c) => /(^|[\s(])-\d/.test(c))).toEqual([]);
  });

  it('sets a table of nine or more columns on landscape pages of its own, and returns to portrait after it', () => {
    // A section's properties close it: each table belongs to the first w:sectPr after it.
    const sectPrs = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => ({
      at: m.index,
      page: pageSize(m[0]),
    }));
    const tables = [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => ({
      columns: [.../<w:tr\b[\s\S]*?<\/w:tr>/.exec(m[1]!)![0].matchAll(/<w:tc>/g)].length,
      section: sectPrs.findIndex((s) => s.at > m.index),
    }));
    const wide = tables.filter((t) => t.columns >= 9);
    // The sample plan's list of figures cited has nine columns; its participation table eight.
    expect(wide.length).toBeGreaterThan(0);
    expect(tables.some((t) => t.columns === 8)).toBe(true);
    for (const t of tables) {
      const page = sectPrs[t.section]!.page;
      if (t.columns >= 9) {
        expect(page).toMatchObject({ orient: 'landscape' });
        expect(page.w).toBeGreaterThan(page.h);
        const after = sectPrs[t.section + 1]!.page;
        expect(after.orient).toBe('portrait');
        expect(after.h).toBeGreaterThan(after.w);
      } else {
        expect(page.orient).toBe('portrait');
        expect(page.h).toBeGreaterThan(page.w);
      }
    }
    // The cover page alone lacks the running header: only the first section has a different first page.
    expect(documentXml.match(/<w:titlePg\/>/g)).toHaveLength(1);
  });

  it('has a contents field and the page furniture', () => {
    expect(documentXml).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    const text = [...documentXml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ');
    expect(text).toContain(plan.meta.status);
    expect(text).toContain('Open Government Licence v3.0');
  });

  it('gives the same bytes from the same plan (fixed dates in the zip and core properties)', async () => {
    const again = await renderDocx(plan, await renderChartImages(await renderChartSvgs(plan)), { date: DATE });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!);
    expect(core).toContain('2025-03-01T00:00:00Z');
  });
});

describe('table column widths in report.docx', () => {
  // The sample report's event-study table: a year column, a short e-k column and five hub columns of intervals.
  const columns = ['KS4 cohort', 'Years since the start', 'Central', 'East', 'South', 'West', 'All hubs'];
  const rows = [
    [
      '2014/15',
      'e-7',
      '-1.4 pp (-1.9 to -0.9)',
      '-0.4 pp (-0.9 to +0.1)',
      '-0.9 pp (-1.7 to -0.1)',
      '-1.2 pp',
      '-0.9 pp',
    ],
    ['2020/21', 'e-1', '0 (baseline)', '0 (baseline)', '0 (baseline)', '0 (baseline)', '0 (baseline)'],
  ];
  // 9 pt type at 0.58 em a character: 104.4 twips; 57 twips of margin each side.
  const least = (chars: number) => chars * 104.4 + 114;

  it('gives every column at least its longest word and fills the 17 cm of text (was: a third to the first)', () => {
    const w = columnWidths(columns, rows);
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9638);
    expect(w.reduce((a, b) => a + b, 0)).toBeGreaterThan(9638 - w.length);
    // "(baseline)" is 10 characters, "cohort" and "2014/15" 7, "e-7" 3 but "Years" and "start" 5.
    expect(w[2]).toBeGreaterThanOrEqual(least(10));
    expect(w[0]).toBeGreaterThanOrEqual(least(7));
    expect(w[0]).toBeLessThan(9638 / 3);
    // The interval columns, whose cells are longest, are wider than the year column.
    expect(w[2]).toBeGreaterThan(w[0] ?? 0);
  });

  it('scales a table whose longest words alone are wider than the page down to the page', () => {
    const many = Array.from({ length: 12 }, (_, k) => `Participations${String.fromCharCode(65 + k)}`);
    const w = columnWidths(many, [many.map(() => '1,234')]);
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9638);
    expect(new Set(w).size).toBe(1);
  });
});
