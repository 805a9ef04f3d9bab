import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { withoutControls } from '../model/printable.js';

/**
 * Office files are zips, and the libraries that write them stamp the clock into every entry and into the core
 * properties. This rewrites one with a fixed date in both, entries in their original order, so the same plan
 * gives the same bytes (the reproducible-builds.org rule the PDF follows too).
 */
/** Zip entry times are DOS dates, 1980 to 2107: an earlier date (a SOURCE_DATE_EPOCH of 0) becomes 1 January 1980. */
export function zipEntryDate(date: Date): Date {
  const floor = Date.UTC(1980, 0, 1, 12);
  return date.getTime() < floor ? new Date(floor) : date;
}

export function deterministicZip(bytes: Uint8Array, date: Date): Uint8Array {
  const entries = unzipSync(bytes);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    // XML 1.0 cannot hold control characters (Word refuses the file): the last guard, whatever the plan held.
    const xml = name.endsWith('.xml') ? strToU8(withoutControls(strFromU8(data))) : data;
    const fixed =
      name === 'word/document.xml'
        ? strToU8(renumberBookmarks(strFromU8(xml)))
        : name === 'docProps/core.xml'
          ? strToU8(
              strFromU8(xml).replace(
                /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
                (_, open: string, _tag: string, close: string) => `${open}${stamp}${close}`,
              ),
            )
          : xml;
    out[name] = [fixed, { mtime: zipEntryDate(date), level: name === 'mimetype' ? 0 : 6 }];
  }
  return zipSync(out);
}

/**
 * The docx package numbers the contents' bookmarks (_Toc1, _Toc2 ...) from a counter that lives as long as the
 * process, as are the drawings' ids, so a second document in the same run starts where the first stopped: renumber
 * both from 1 in document order.
 */
export function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  for (const m of xml.matchAll(/_Toc(\d+)/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, ids.size + 1);
  let drawing = 0;
  return xml
    .replace(/(<wp:docPr\b[^>]*?\bid=")\d+"/g, (_, open: string) => `${open}${++drawing}"`)
    .replace(/_Toc(\d+)/g, (_, n: string) => `_Toc${ids.get(n)}`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g, (whole, open: string, n: string) =>
      ids.has(n) ? `${open}${ids.get(n)}"` : whole,
    );
}
