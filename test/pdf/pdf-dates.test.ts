import { describe, expect, it } from 'vitest';
import { pdfDate, reportPdfDate, stampPdfDates } from '../../src/pdf/pdf-dates.js';
import { miniPdf } from './mini-pdf.js';

describe('reportPdfDate', () => {
  it('takes SOURCE_DATE_EPOCH (seconds, UTC) first', () => {
    expect(reportPdfDate('1700000000', 'February 2025', '2023/24').toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('else the report date, in the forms the cover uses', () => {
    expect(reportPdfDate(undefined, 'February 2025', '2023/24').toISOString()).toBe('2025-02-01T00:00:00.000Z');
    expect(reportPdfDate(undefined, '3 March 2025', '2023/24').toISOString()).toBe('2025-03-03T00:00:00.000Z');
    expect(reportPdfDate('', '2025-03-04', '2023/24').toISOString()).toBe('2025-03-04T00:00:00.000Z');
  });

  it('else the last day of the reporting year, never the clock', () => {
    expect(reportPdfDate('soon', 'Spring', '2023/24').toISOString()).toBe('2024-08-31T00:00:00.000Z');
    expect(reportPdfDate(undefined, undefined, '2019/20').toISOString()).toBe('2020-08-31T00:00:00.000Z');
  });
});

describe('stampPdfDates', () => {
  it("replaces Chromium's clock stamps in place, keeping the file length (and so the xref offsets)", () => {
    const before = miniPdf({ main: 1 });
    const after = stampPdfDates(before, new Date(Date.UTC(2025, 1, 1)));
    const text = Buffer.from(after).toString('latin1');
    expect(after.length).toBe(before.length);
    expect(text).toContain("/CreationDate (D:20250201000000+00'00')");
    expect(text).toContain("/ModDate (D:20250201000000+00'00')");
    expect(text).not.toContain('20261129');
    expect(pdfDate(new Date(Date.UTC(2024, 11, 31, 23, 59, 58)))).toBe("D:20241231235958+00'00'");
  });
});
