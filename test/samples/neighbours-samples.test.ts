import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEIGHBOURS_WORKBOOK, neighboursWorkbook } from '../../scripts/samples/neighbours.js';
import { createRng } from '../../scripts/samples/prng.js';
import { DEFAULT_SEED } from '../../scripts/samples/sample-set.js';
import { readStatNeighbours } from '../../src/ingest/stat-neighbours.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../data-samples');

describe('the synthetic statistical-neighbours workbook', () => {
  it('has the same bytes for the same seed, and data-samples/ holds the default one', async () => {
    const a = await neighboursWorkbook(createRng(DEFAULT_SEED).fork('neighbours-workbook'));
    const b = await neighboursWorkbook(createRng(DEFAULT_SEED).fork('neighbours-workbook'));
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(readFileSync(path.join(SAMPLES, NEIGHBOURS_WORKBOOK)).equals(Buffer.from(a))).toBe(true);
  });

  it('reads back through the DfE reader: 33 London LAs and 9 comparison areas, ten neighbours each', async () => {
    const sn = await readStatNeighbours(path.join(SAMPLES, NEIGHBOURS_WORKBOOK));
    expect(sn.problems).toEqual([]);
    expect(sn.entries.size).toBe(42);
    expect([...sn.entries.values()].every((e) => e.neighbours.length === 10)).toBe(true);
    // Camden (202) lists four comparison areas (old codes outside 2xx/3xx London numbers) among its ten.
    const outside = sn.entries.get('202')?.neighbours.filter((n) => !/^[23]\d\d$/.test(n.la) || Number(n.la) > 320);
    expect(outside?.length).toBe(4);
  });
});
