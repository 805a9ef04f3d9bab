import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChartImages, renderChartSvgs } from '../../src/render/chart-images.js';
import { renderDocx } from '../../src/render/docx-renderer.js';
import { skipWithoutTools } from '../browser-requirements.js';
import { MINI, planOf } from '../plan/sample-plan.js';

/** report.docx as a user opens it: LibreOffice Writer converts it to PDF, and the pages hold what the plan says. */
const has = (cmd: string, arg: string) => {
  try {
    execFileSync(cmd, [arg], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
};
const SKIP = skipWithoutTools('report.docx opened by LibreOffice', {
  'LibreOffice (soffice)': has('soffice', '--version'),
  'poppler (pdftotext)': has('pdftotext', '-v'),
});

describe.skipIf(SKIP)('report.docx opened by LibreOffice', () => {
  it('converts to a PDF whose text has the title, every chapter and every chart caption', async () => {
    const plan = await planOf(MINI);
    const docx = await renderDocx(plan, await renderChartImages(await renderChartSvgs(plan)), {
      date: new Date(Date.UTC(2025, 2, 1)),
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-docx-'));
    writeFileSync(path.join(dir, 'report.docx'), docx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 'report.docx'),
      ],
      { stdio: 'ignore', timeout: 170_000 },
    );
    const pdf = readFileSync(path.join(dir, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(plan.meta.title);
    for (const s of plan.sections.filter((x) => x.level === 1)) expect(text).toContain(s.title);
    // Figures are numbered by chapter, as in the HTML and PDF editions.
    expect(text).toMatch(/Figure \d+\.1: /);
    expect(text).toContain('Accessibility statement');
  });
});
