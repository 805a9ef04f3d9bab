import { describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../src/pdf/pdf-renderer.js';
import { type PageNumbers, printReport } from '../../src/pdf/print-report.js';
import { miniPdf } from './mini-pdf.js';

/** A fake printer: the HTML names where each section lands ("summary@2 annex-a@3"). */
function fakeRenderer(): PdfRenderer & { readonly printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    async render(html) {
      printed.push(html);
      const dests = Object.fromEntries(html.split(' ').map((part) => part.split('@') as [string, string]));
      return miniPdf(Object.fromEntries(Object.entries(dests).map(([id, page]) => [id, Number(page)])));
    },
  };
}

const show = (pages: PageNumbers | null) => (pages ? [...pages].map(([id, p]) => `${id}=${p}`).join(',') : 'none');

describe('printReport', () => {
  it('prints a second time with the pages the first pass found, and stamps the given date', async () => {
    const renderer = fakeRenderer();
    const seen: string[] = [];
    const pdf = await printReport(
      renderer,
      {
        html: (pages) => {
          seen.push(show(pages));
          return 'summary@2 annex-a@3';
        },
        date: new Date(Date.UTC(2025, 1, 1)),
      },
      { headerTitle: 'T' },
    );
    expect(seen).toEqual(['none', 'summary=2,annex-a=3']);
    expect(Buffer.from(pdf).toString('latin1')).toContain("/CreationDate (D:20250201000000+00'00')");
  });

  it('prints again when filling in the numbers moved a section, until the pages settle', async () => {
    const seen: string[] = [];
    await printReport(
      fakeRenderer(),
      {
        html: (pages) => {
          seen.push(show(pages));
          return pages ? 'summary@2 annex-a@3' : 'summary@2 annex-a@2';
        },
        date: new Date(0),
      },
      { headerTitle: 'T' },
    );
    expect(seen).toEqual(['none', 'summary=2,annex-a=2', 'summary=2,annex-a=3']);
  });

  it('fails (a bug, not a wrong contents page) when the pages never settle', async () => {
    let flip = 0;
    const job = { html: () => (flip++ % 2 ? 'a@1' : 'a@2'), date: new Date(0) };
    await expect(printReport(fakeRenderer(), job, { headerTitle: 'T' })).rejects.toThrow(/did not settle/);
  });
});
