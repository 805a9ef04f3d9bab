// Run by activities-memory.test.ts in a child `node --expose-gc` process: writes an activity log of 200,000 rows,
// reads it through the streaming sink, and prints the memory in use (after a forced collection) once 20,000 and
// once 200,000 rows have passed, as JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { activitiesReader } from '../../src/ingest/activities.js';

const ROWS = 200_000;
const TYPES = ['careers fair', 'work experience', 'employer talk', 'teacher CPD', 'mock interview'];
const SIZES = ['micro', 'small', 'medium', 'large', ''];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function inUse(): number {
  // The second collection waits for the first one's freeing of buffers, which runs on a helper thread.
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  // `external` already includes `arrayBuffers` (Node's process.memoryUsage documentation).
  return m.heapUsed + m.external;
}

const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-memory-'));
const file = path.join(dir, 'activities.csv');
const lines = ['activity_id,date,urn,activity_type,students,teachers,employer_id,employer_name,employer_size,strand'];
for (let k = 0; k < ROWS; k++) {
  const day = String(1 + (k % 28)).padStart(2, '0');
  const month = String(1 + (k % 12)).padStart(2, '0');
  lines.push(
    `A${k},${day}/${month}/2023,${100000 + (k % 500)},${TYPES[k % 5]},${k % 90},${k % 4},E${k % 700},` +
      `"Employer ${k % 700}, Ltd",${SIZES[k % 5]},${1 + (k % 3)}`,
  );
}
writeFileSync(file, `${lines.join('\n')}\n`);
lines.length = 0;

const at: Record<number, number> = {};
let seen = 0;
try {
  await activitiesReader.read(file, {
    activityLabels: {},
    onActivity: () => {
      seen++;
      if (seen === 20_000 || seen === ROWS) at[seen] = inUse();
    },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify({ rows: seen, after20k: at[20_000], after200k: at[ROWS] })}\n`);
