/**
 * Writes the synthetic sample inputs to data-samples/ (`npm run samples`). Deterministic: the same seed
 * gives the same bytes. Options: --seed N, --scale X (default 1), --out DIR (default data-samples).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NEIGHBOURS_WORKBOOK, neighboursWorkbook } from './samples/neighbours.js';
import { createRng } from './samples/prng.js';
import { buildSamples, DEFAULT_SEED } from './samples/sample-set.js';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, scale: { type: 'string' }, out: { type: 'string' } },
});
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const scale = values.scale === undefined ? 1 : Number(values.scale);
if (!Number.isInteger(seed) || !(scale > 0)) {
  console.error('usage: tsx scripts/generate-samples.ts [--seed <integer>] [--scale <number > 0>] [--out <dir>]');
  process.exit(2);
}
const out = resolve(values.out ?? 'data-samples');
let bytes = 0;
for (const file of buildSamples({ seed, scale })) {
  const target = join(out, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text, 'utf8');
  bytes += Buffer.byteLength(file.text, 'utf8');
  console.log(`${file.path}  ${Buffer.byteLength(file.text, 'utf8').toLocaleString('en-GB')} bytes`);
}
// The statistical-neighbours workbook is binary (.xlsx), so it is written here rather than as a text sample file.
const workbook = await neighboursWorkbook(createRng(seed).fork('neighbours-workbook'));
writeFileSync(join(out, NEIGHBOURS_WORKBOOK), workbook);
bytes += workbook.length;
console.log(`${NEIGHBOURS_WORKBOOK}  ${workbook.length.toLocaleString('en-GB')} bytes`);
console.log(`wrote ${bytes.toLocaleString('en-GB')} bytes to ${out} (seed ${seed}, scale ${scale})`);
