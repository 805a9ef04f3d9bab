// `npm run bench`: time and peak memory of `hubs-eval report` on data-samples/, HTML only and with PDF.
// Each run is a fresh Node process (module loading included, as a user sees it). Targets on the 2-core
// machine: under 2 s for HTML, under 5 s with PDF (issue 9).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function once(format) {
  const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-bench-'));
  try {
    const line = execFileSync(
      process.execPath,
      [
        path.join(root, 'bench/run-once.mjs'),
        'report',
        '--year',
        '2023/24',
        '--format',
        format,
        '--out',
        out,
        '--quiet',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const result = JSON.parse(line.trim().split('\n').pop());
    if (result.code !== 0) throw new Error(`report exited ${result.code}`);
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`hubs-eval report --year 2023/24 on data-samples/, ${RUNS} runs each (median, min-max)`);
for (const [label, format, target] of [
  ['HTML only', 'html', 2000],
  ['HTML + PDF', 'html,pdf', 5000],
]) {
  const runs = Array.from({ length: RUNS }, () => once(format));
  const ms = runs.map((r) => r.ms);
  const rss = runs.map((r) => r.maxRssMb);
  console.log(
    `${label.padEnd(11)} time ${median(ms).toFixed(0)} ms ` +
      `(${Math.min(...ms).toFixed(0)}-${Math.max(...ms).toFixed(0)}), target < ${target} ms: ` +
      `${median(ms) < target ? 'met' : 'NOT met'}; peak RSS ${median(rss).toFixed(0)} MB ` +
      `(${Math.min(...rss).toFixed(0)}-${Math.max(...rss).toFixed(0)})`,
  );
}
