import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Check } from '../../src/ingest/utf8-check.js';

function checkInPieces(bytes: Uint8Array, cuts: readonly number[]): boolean {
  const check = new Utf8Check();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    check.add(Buffer.from(bytes.subarray(from, cut)));
    from = cut;
  }
  check.add(Buffer.from(bytes.subarray(from)));
  return check.end();
}

function fatalDecoderAccepts(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('Utf8Check', () => {
  it('accepts a character split across chunks at every byte', () => {
    const bytes = Buffer.from('a£€😀z', 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) expect(checkInPieces(bytes, [cut])).toBe(true);
  });

  it('rejects Windows-1252 text and a character cut off at the end', () => {
    expect(checkInPieces(Buffer.from([0x43, 0x61, 0x66, 0xe9]), [])).toBe(false);
    expect(checkInPieces(Buffer.from('€', 'utf8').subarray(0, 2), [1])).toBe(false);
    expect(checkInPieces(Buffer.from([0x61, 0xe0, 0x80, 0x80]), [2])).toBe(false);
  });

  it('agrees with a fatal TextDecoder on any bytes cut anywhere', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xff }));
    const text = fc.string({ unit: 'binary' }).map((s) => [...Buffer.from(s, 'utf8')]);
    fc.assert(
      fc.property(fc.oneof(fc.array(byte, { maxLength: 12 }), text), fc.array(fc.nat(12)), (raw, cuts) => {
        const bytes = Uint8Array.from(raw);
        const inRange = cuts.map((c) => Math.min(c, bytes.length));
        expect(checkInPieces(bytes, inRange)).toBe(fatalDecoderAccepts(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});
