/**
 * Writes the synthetic sample inputs to data-samples/ (`npm run samples`). Deterministic: the same seed
 * gives the same bytes. Options: --seed N, --scale X (default 1), --activity-scale X (the activity logs alone;
 * default: --scale), --out DIR (default data-samples).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEnglandSamples } from './samples/england.js';
import { NEIGHBOURS_WORKBOOK, neighboursWorkbook } from './samples/neighbours.js';
import { createRng } from './samples/prng.js';
import { buildSamples, DEFAULT_SEED } from './samples/sample-set.js';
import { EMPLOYER_WORKBOOK, employerSurveyWorkbook } from './samples/surveys.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    scale: { type: 'string' },
    'activity-scale': { type: 'string' },
    out: { type: 'string' },
    england: { type: 'boolean' },
  },
});
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const scale = values.scale === undefined ? 1 : Number(values.scale);
const activityScale = values['activity-scale'] === undefined ? scale : Number(values['activity-scale']);
// The England set is never written over data-samples/, so it needs a folder of its own.
if (!Number.isInteger(seed) || !(scale > 0) || !(activityScale > 0) || (values.england && values.out === undefined)) {
  console.error(
    'usage: tsx scripts/generate-samples.ts [--seed <integer>] [--scale <number > 0>] ' +
      '[--activity-scale <number > 0>] [--out <dir>]\n' +
      '       tsx scripts/generate-samples.ts --england --out <dir> [--seed <integer>] [--scale <number > 0>]',
  );
  process.exit(2);
}
const out = resolve(values.out ?? 'data-samples');
let bytes = 0;
// --england: every LA of England in synthetic hubs (scripts/samples/england.ts), with its own config.
const build = values.england ? buildEnglandSamples : buildSamples;
for (const file of build({ seed, scale, activityScale })) {
  const target = join(out, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text, 'utf8');
  bytes += Buffer.byteLength(file.text, 'utf8');
  console.log(`${file.path}  ${Buffer.byteLength(file.text, 'utf8').toLocaleString('en-GB')} bytes`);
}
// The employer survey is a workbook (binary), written apart from the text files.
const workbook = await employerSurveyWorkbook(createRng(seed).fork('employer-survey'));
mkdirSync(dirname(join(out, EMPLOYER_WORKBOOK)), { recursive: true });
writeFileSync(join(out, EMPLOYER_WORKBOOK), workbook);
bytes += workbook.length;
console.log(`${EMPLOYER_WORKBOOK}  ${workbook.length.toLocaleString('en-GB')} bytes`);
// The statistical-neighbours workbook is binary (.xlsx) too.
const neighbours = await neighboursWorkbook(createRng(seed).fork('neighbours-workbook'));
mkdirSync(dirname(join(out, NEIGHBOURS_WORKBOOK)), { recursive: true });
writeFileSync(join(out, NEIGHBOURS_WORKBOOK), neighbours);
bytes += neighbours.length;
console.log(`${NEIGHBOURS_WORKBOOK}  ${neighbours.length.toLocaleString('en-GB')} bytes`);
const scales = `scale ${scale}, activity scale ${activityScale}`;
console.log(`wrote ${bytes.toLocaleString('en-GB')} bytes to ${out} (seed ${seed}, ${scales})`);
