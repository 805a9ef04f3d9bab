/**
 * Reads the little of a Chromium (Skia) PDF that the report needs: which page each named destination and outline
 * entry is on. Skia writes its page tree, `/Dests` and outline as plain (uncompressed) dictionaries, so a reader
 * of those objects is enough; streams are never decoded. Any other PDF producer may not be understood: callers
 * treat an empty answer as "unknown", never as page 1.
 */

/** The dictionary text of object `n 0 obj`, or undefined. */
function objectText(pdf: string, n: number): string | undefined {
  const start = pdf.search(new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\s`));
  if (start < 0) return undefined;
  const end = pdf.indexOf('endobj', start);
  return end < 0 ? undefined : pdf.slice(start, end);
}

/** The object number the document catalog gives for `key` (/Pages, /Dests, /Outlines). */
function catalogRef(pdf: string, key: string): number | undefined {
  const start = pdf.search(/\/Type\s*\/Catalog\b/);
  if (start < 0) return undefined;
  const end = pdf.indexOf('endobj', start);
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(pdf.slice(start, end < 0 ? undefined : end));
  return m ? Number(m[1]) : undefined;
}

function refs(text: string): number[] {
  return [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

/** Page object numbers in document order, walking the page tree from the catalog's /Pages. */
export function pageObjects(pdf: string): number[] {
  const root = catalogRef(pdf, 'Pages');
  if (root === undefined) return [];
  const pages: number[] = [];
  const visit = (n: number, depth: number): void => {
    const text = objectText(pdf, n);
    if (!text || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(text)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text);
      for (const kid of refs(kids?.[1] ?? '')) visit(kid, depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(text)) {
      pages.push(n);
    }
  };
  visit(root, 0);
  return pages;
}

/** PDF names escape bytes as #xx (ISO 32000-1, 7.3.5). */
function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Page number (1-based) of each named destination in the catalog's /Dests: Chromium names them after HTML ids. */
export function namedDestinationPages(bytes: Uint8Array): Map<string, number> {
  const pdf = Buffer.from(bytes).toString('latin1');
  const pageIndex = new Map(pageObjects(pdf).map((n, i) => [n, i + 1]));
  const dests = catalogRef(pdf, 'Dests');
  const text = dests === undefined ? undefined : objectText(pdf, dests);
  const found = new Map<string, number>();
  for (const m of (text ?? '').matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageIndex.get(Number(m[2]));
    if (page !== undefined) found.set(decodeName(m[1] ?? ''), page);
  }
  return found;
}

export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  readonly depth: number;
}

/** A PDF text string: literal with backslash escapes, or UTF-16BE hex with a byte-order mark. */
function decodeText(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s/g, '');
    const bytes = Buffer.from(hex, 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString();
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
      /^[0-7]/.test(e) ? String.fromCharCode(Number.parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t' }[e] ?? e),
    );
}

/** The bookmarks in reading order with the page each points at (for checking the contents page against them). */
export function outlineEntries(bytes: Uint8Array): OutlineEntry[] {
  const pdf = Buffer.from(bytes).toString('latin1');
  const pageIndex = new Map(pageObjects(pdf).map((n, i) => [n, i + 1]));
  const root = catalogRef(pdf, 'Outlines');
  const entries: OutlineEntry[] = [];
  const walk = (first: number | undefined, depth: number): void => {
    let n = first;
    for (let guard = 0; n !== undefined && guard < 10_000; guard++) {
      const text = objectText(pdf, n) ?? '';
      const title = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(text);
      const page = /\/Dest\s*\[\s*(\d+) 0 R/.exec(text);
      if (title)
        entries.push({ title: decodeText(title[1] ?? ''), page: pageIndex.get(Number(page?.[1])) ?? 0, depth });
      const child = /\/First (\d+) 0 R/.exec(text);
      if (child) walk(Number(child[1]), depth + 1);
      const next = /\/Next (\d+) 0 R/.exec(text);
      n = next ? Number(next[1]) : undefined;
    }
  };
  const top = root === undefined ? undefined : objectText(pdf, root);
  const first = top ? /\/First (\d+) 0 R/.exec(top) : null;
  if (first) walk(Number(first[1]), 0);
  return entries;
}
