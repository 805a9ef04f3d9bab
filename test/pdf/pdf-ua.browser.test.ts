import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPdfRenderer } from '../../src/pdf/chromium-pdf-renderer.js';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { toPdfUa } from '../../src/pdf/pdf-ua.js';
import type { ReportPlan } from '../../src/plan/types.js';
import { renderChartSvgs } from '../../src/render/chart-images.js';
import { renderHtml } from '../../src/render/html-renderer.js';
import { skipWithoutTools } from '../browser-requirements.js';
import { MINI, planOf } from '../plan/sample-plan.js';

/** The printed report walked as a screen reader meets it: its structure tree, tags and metadata (PDF/UA-1). */
const BROWSER = findBrowser({ env: process.env, platform: process.platform, exists: existsSync });
const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const SKIP = skipWithoutTools('the PDF/UA structure tests', { Chromium: Boolean(BROWSER), poppler: hasPoppler });

interface Elem {
  readonly type: string;
  readonly dict: PDFDict;
}

function walk(doc: PDFDocument): Elem[] {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const out: Elem[] = [];
  const visit = (node: PDFDict) => {
    const k = node.get(PDFName.of('K'));
    for (const item of k instanceof PDFArray ? k.asArray() : k ? [k] : []) {
      if (item instanceof PDFNumber) continue;
      const d = item instanceof PDFRef ? doc.context.lookup(item) : item;
      if (!(d instanceof PDFDict) || !d.has(PDFName.of('S'))) continue;
      out.push({ type: d.lookup(PDFName.of('S'), PDFName).decodeText(), dict: d });
      visit(d);
    }
  };
  visit(root);
  return out;
}

describe.skipIf(SKIP)('the report PDF as PDF/UA-1', () => {
  let plan: ReportPlan;
  let doc: PDFDocument;
  let file: string;
  beforeAll(async () => {
    plan = await planOf(MINI);
    const html = renderHtml(plan, await renderChartSvgs(plan), { print: true });
    const printed = await new ChromiumPdfRenderer({ executablePath: BROWSER! }).render(html, { headerTitle: 't' });
    const bytes = await toPdfUa(printed, plan.meta, new Date(Date.UTC(2025, 2, 1)));
    file = path.join(mkdtempSync(path.join(tmpdir(), 'hubs-eval-ua-')), 'report.pdf');
    writeFileSync(file, bytes);
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  });

  it('gives every Figure alternative text, and there is at least one per chart', () => {
    const figures = walk(doc).filter((e) => e.type === 'Figure');
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((f) => !f.dict.has(PDFName.of('Alt')))).toEqual([]);
  });

  it('gives every table header cell a scope', () => {
    const headers = walk(doc).filter((e) => e.type === 'TH');
    expect(headers.length).toBeGreaterThan(0);
    const scope = (d: PDFDict) => {
      const a = d.lookup(PDFName.of('A'));
      const attrs = a instanceof PDFArray ? a.asArray().map((x) => doc.context.lookup(x)) : [a];
      return attrs.some((x) => x instanceof PDFDict && x.has(PDFName.of('Scope')));
    };
    expect(headers.filter((h) => !scope(h.dict))).toEqual([]);
  });

  it('has no NonStruct, and a RoleMap entry for every non-standard tag', () => {
    const types = new Set(walk(doc).map((e) => e.type));
    expect(types.has('NonStruct')).toBe(false);
    const pdfinfo = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(pdfinfo).not.toMatch(/NonStruct/);
    const roleMap = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict);
    for (const t of ['Strong'].filter((x) => types.has(x))) expect(roleMap.has(PDFName.of(t))).toBe(true);
  });

  it('carries XMP metadata with pdfuaid:part 1, the title, language, author and subject', () => {
    const xmp = doc.catalog.lookup(PDFName.of('Metadata'), PDFStream);
    const text = Buffer.from((xmp as unknown as { contents: Uint8Array }).contents).toString('utf8');
    expect(text).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(text).toContain(plan.meta.title);
    expect(text).toContain('<rdf:li>en-GB</rdf:li>');
    expect(doc.getTitle()).toBe(plan.meta.title);
    expect(doc.getSubject()).toBe(plan.meta.subtitle);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Metadata Stream: yes/);
  });
});
