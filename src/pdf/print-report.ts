import { stampPdfDates } from './pdf-dates.js';
import type { PdfOptions, PdfRenderer } from './pdf-renderer.js';
import { namedDestinationPages } from './pdf-structure.js';

/** Contents entry id -> the page it starts on, as printed in the footer ("Page 7 of 40"). */
export type PageNumbers = ReadonlyMap<string, number>;

export interface PrintJob {
  /** The print HTML; `pages` is null on the first pass, then the pages that pass found. */
  readonly html: (pages: PageNumbers | null) => string;
  /** Stamped as the PDF's creation and modification date (see reportPdfDate). */
  readonly date: Date;
}

/** Passes after the first; numbers only fill a column the first pass reserved, so one more pass is the rule. */
const MAX_PASSES = 3;

/**
 * Chromium has no `target-counter()`, so the contents page gets its numbers from a second pass: print, read the
 * page of every named destination (each contents link is one) from the PDF, print again with those numbers. The
 * numbers sit in a column of fixed width, so pagination does not move; if it did, the next pass settles it.
 * Paged.js could do this in the page but would inject a script, re-flow the document in its own boxes and lose
 * Chromium's tagging and bookmarks, which this way stay exactly as they are.
 */
export async function printReport(renderer: PdfRenderer, job: PrintJob, options: PdfOptions): Promise<Uint8Array> {
  let pdf = await renderer.render(job.html(null), options);
  let pages = namedDestinationPages(pdf);
  // A renderer whose PDF we cannot read gets a contents page without numbers rather than wrong ones.
  if (pages.size === 0) return stampPdfDates(pdf, job.date);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    pdf = await renderer.render(job.html(pages), options);
    const found = namedDestinationPages(pdf);
    if (samePages(found, pages)) return stampPdfDates(pdf, job.date);
    pages = found;
  }
  throw new Error(`The contents page numbers did not settle after ${MAX_PASSES + 1} passes`);
}

function samePages(a: PageNumbers, b: PageNumbers): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}
