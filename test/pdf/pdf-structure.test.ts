import { describe, expect, it } from 'vitest';
import { namedDestinationPages, outlineEntries } from '../../src/pdf/pdf-structure.js';
import { miniPdf } from './mini-pdf.js';

describe('namedDestinationPages', () => {
  it('maps each destination to its page through the nested page tree, decoding #xx in names', () => {
    const pdf = miniPdf({ main: 1, 'annex-a': 3, summary: 2 });
    expect([...namedDestinationPages(pdf)]).toEqual([
      ['main', 1],
      ['annex-a', 3],
      ['summary', 2],
    ]);
  });

  it('answers empty, not page 1, for a PDF it cannot read', () => {
    expect(namedDestinationPages(new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF')))).toEqual(new Map());
  });
});

describe('outlineEntries', () => {
  it('reads literal and UTF-16 titles with their pages, in order', () => {
    // <FEFF...> is "Annex €" in UTF-16BE with its byte-order mark.
    const pdf = miniPdf({}, [
      ['(Contents \\(page 2\\))', 2],
      ['<FEFF0041006E006E00650078002020AC>', 3],
    ]);
    expect(outlineEntries(pdf)).toEqual([
      { title: 'Contents (page 2)', page: 2, depth: 0 },
      { title: 'Annex €', page: 3, depth: 0 },
    ]);
  });
});
