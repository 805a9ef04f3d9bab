import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstLineIndex } from '../../src/ingest/first-line-index.js';

describe('FirstLineIndex', () => {
  it('gives the first line of an id seen before, and nothing for a new one', () => {
    const index = new FirstLineIndex();
    expect(index.firstLine('A2122-00001', 2)).toBeUndefined();
    expect(index.firstLine('A2122-00002', 3)).toBeUndefined();
    expect(index.firstLine('A2122-00001', 9)).toBe(2);
    // Still the first line after a third use; ids differing only in length or in a non-ASCII letter differ.
    expect(index.firstLine('A2122-00001', 12)).toBe(2);
    expect(index.firstLine('A2122-0000', 13)).toBeUndefined();
    expect(index.firstLine('Café-1', 14)).toBeUndefined();
    expect(index.firstLine('Cafe-1', 15)).toBeUndefined();
    expect(index.firstLine('Café-1', 16)).toBe(14);
  });

  it('agrees with a Map of strings on any sequence of ids, through many resizes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (ids) => {
        const index = new FirstLineIndex();
        const map = new Map<string, number>();
        ids.forEach((id, line) => {
          expect(index.firstLine(id, line)).toBe(map.get(id));
          if (!map.has(id)) map.set(id, line);
        });
      }),
      { numRuns: 30 },
    );
  });

  it('holds 200,000 distinct ids exactly', () => {
    const index = new FirstLineIndex();
    for (let i = 0; i < 200_000; i++) index.firstLine(`A${i}`, i + 2);
    expect(index.firstLine('A0', 1)).toBe(2);
    expect(index.firstLine('A199999', 1)).toBe(200_001);
    expect(index.firstLine('A200000', 1)).toBeUndefined();
  });
});
