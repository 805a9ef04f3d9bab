import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Handoff, type ScannedRecord, scanRecords } from '../../src/ingest/csv-line-scanner.js';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let k = 0; k < text.length; k += size) yield text.slice(k, k + size);
}

async function scan(text: string, size: number) {
  const out: { handoff?: Handoff } = {};
  const records: ScannedRecord[] = [];
  for await (const r of scanRecords(chunksOf(text, size), ',', out)) records.push(r);
  let rest = '';
  if (out.handoff) for await (const t of out.handoff.text) rest += t;
  return { records, handoff: out.handoff, rest };
}

/** csv-parse as the precise reader calls it, with each record's last physical line. */
function reference(text: string): { line: number; cells: string[] }[] {
  return (
    parse(text, { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[]
  ).map(({ record, info }) => ({ line: info.lines, cells: record }));
}

const field = fc.oneof(
  fc.stringMatching(/^[a-z ]{0,4}$/),
  fc.stringMatching(/^[a-z ,"]{0,5}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.stringMatching(/^[a-z\n]{0,4}$/).map((s) => `"${s}"`),
);
const record = fc.array(field, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
const file = fc.array(record, { minLength: 1, maxLength: 12 }).map((lines) => `${lines.join('\n')}\n`);

describe('scanRecords', () => {
  it('reads what csv-parse reads: the records before the hand-back, then csv-parse from there', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 9 }), async (text, size) => {
        const { records, handoff, rest } = await scan(text, size);
        const before = handoff ? handoff.line - 1 : 0;
        const after = rest ? reference(rest).map((r) => ({ line: before + r.line, cells: r.cells })) : [];
        expect([...records, ...after]).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('hands back from the record with a quoted line break, a stray quote or a carriage return', async () => {
    for (const [text, line] of [
      ['a,b\n1,2\n"x\ny",3\n', 3],
      ['a,b\n1,2\n3,x"y\n', 3],
      ['a,b\n1,"2" \n', 2],
      ['a,b\r\n1,2\r\n', 1],
      ['a,b\n\n1,2\r\n', 3],
    ] as const) {
      const { records, handoff, rest } = await scan(text, 4);
      expect(handoff?.line).toBe(line);
      expect(records.every((r) => r.line < line)).toBe(true);
      expect(text.endsWith(rest)).toBe(true);
    }
  });

  it('skips empty lines and reads a last record with no line break', async () => {
    const { records, handoff } = await scan('a,b\n\n1,"x, ""y"""\n3,', 3);
    expect(handoff).toBeUndefined();
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', 'x, "y"'] },
      { line: 4, cells: ['3', ''] },
    ]);
  });
});
