/**
 * Reproducible PDFs: Chromium stamps /CreationDate and /ModDate with the clock. The report instead carries a date
 * chosen by the caller (SOURCE_DATE_EPOCH, the reproducible-builds.org convention, or the report's own date), so
 * the same inputs print the same bytes. The new stamp has the same length as Skia's, written in place, so the
 * cross-reference offsets stay valid without rewriting the file.
 */

/** `D:YYYYMMDDHHmmSS+00'00'`, the PDF date format (ISO 32000-1, 7.9.4), always in UTC. */
export function pdfDate(date: Date): string {
  const digits = date.toISOString().slice(0, 19).replace(/\D/g, ''); // 2025-02-01T00:00:00 -> 20250201000000
  return `D:${digits}+00'00'`;
}

const DATE_ENTRY = /\/(CreationDate|ModDate) \((D:\d{14}[^)]*)\)/g;

/** Replaces the Info dictionary's dates; throws (a bug) when a stamp is not the expected shape. */
export function stampPdfDates(bytes: Uint8Array, date: Date): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const stamp = pdfDate(date);
  const out = text.replace(DATE_ENTRY, (_whole, key: string, old: string) => {
    if (old.length !== stamp.length) throw new Error(`Unexpected PDF date ${JSON.stringify(old)} in the ${key}`);
    return `/${key} (${stamp})`;
  });
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The date a PDF is stamped with: SOURCE_DATE_EPOCH (seconds) when given, else the report's own date
 * ("February 2025", "3 March 2025" or ISO "2025-03-03"), else 31 August of the reporting year's end (the last day
 * of the academic year). Never the clock.
 */
export function reportPdfDate(sourceDateEpoch: string | undefined, reportDate: string | undefined, year: string): Date {
  if (sourceDateEpoch !== undefined && /^\d{1,12}$/.test(sourceDateEpoch.trim())) {
    return new Date(Number(sourceDateEpoch.trim()) * 1000);
  }
  const parsed = reportDate === undefined ? undefined : parseReportDate(reportDate.trim());
  if (parsed) return parsed;
  const end = /^(\d{4})\/(\d{2})$/.exec(year);
  const endYear = end ? Number(end[1]) + 1 : 1970;
  return new Date(Date.UTC(endYear, 7, 31));
}

function parseReportDate(text: string): Date | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  const words = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\s+(\d{4})$/.exec(text);
  const month = words ? MONTHS.indexOf((words[2] ?? '').toLowerCase()) : -1;
  if (!words || month < 0) return undefined;
  return new Date(Date.UTC(Number(words[3]), month, Number(words[1] ?? 1)));
}
