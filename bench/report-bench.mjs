// `npm run bench`, London case: `hubs-eval report --year 2023/24` on data-samples/, HTML only and with PDF, each run
// a fresh Node process (module loading included, as a user sees it), and a bare headless Chromium printing the same
// HTML (bench/bare-print-once.mjs) for the PDF step's overhead. Goals on a quiet 2-core machine: HTML at most 1.5 s,
// HTML + PDF at most 3.5 s, and the PDF step (HTML + PDF less HTML) at most 1.5x the bare print.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOALS = { html: 1500, pdf: 3500, printRatio: 1.5 };

function node(script, args) {
  const line = execFileSync(process.execPath, [path.join(root, script), ...args], { cwd: root, encoding: 'utf8' });
  const result = JSON.parse(line.trim().split('\n').pop());
  if (result.code !== 0) throw new Error(`${script} ${args.join(' ')} exited ${result.code}`);
  return result;
}

function report(format, out) {
  return node('bench/run-once.mjs', ['report', '--year', '2023/24', '--format', format, '--out', out, '--quiet']);
}

function scratch(work) {
  const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-bench-'));
  try {
    return work(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
const met = (ok) => (ok ? 'met' : 'NOT met');

console.log(`hubs-eval report --year 2023/24 on data-samples/, ${RUNS} runs each (median, min-max)`);
const html = Array.from({ length: RUNS }, () => scratch((out) => report('html', out)));
const pdf = Array.from({ length: RUNS }, () => scratch((out) => report('html,pdf', out)));
const bare = Array.from({ length: RUNS }, () =>
  scratch((out) => {
    report('html', out);
    const page = readdirSync(out).find((f) => f.endsWith('.html'));
    if (!page) throw new Error('report wrote no HTML');
    return node('bench/bare-print-once.mjs', [path.join(out, page), path.join(out, 'bare.pdf')]);
  }),
);
for (const [label, runs, goal] of [
  ['HTML only', html, GOALS.html],
  ['HTML + PDF', pdf, GOALS.pdf],
]) {
  const ms = runs.map((r) => r.ms);
  const rss = runs.map((r) => r.maxRssMb);
  console.log(
    `${label.padEnd(11)} ${median(ms).toFixed(0).padStart(5)} ms (${range(ms)}), goal <= ${goal} ms: ` +
      `${met(median(ms) <= goal)}; peak RSS ${median(rss).toFixed(0)} MB (${range(rss)})`,
  );
}
const bareMs = median(bare.map((r) => r.ms));
const pdfStep = median(pdf.map((r) => r.ms)) - median(html.map((r) => r.ms));
console.log(`bare Chromium print of the same HTML ${bareMs.toFixed(0)} ms (${range(bare.map((r) => r.ms))})`);
console.log(
  `PDF step (HTML + PDF less HTML) ${pdfStep.toFixed(0)} ms = ${(pdfStep / bareMs).toFixed(2)}x the bare print, ` +
    `goal <= ${GOALS.printRatio}x: ${met(pdfStep / bareMs <= GOALS.printRatio)}`,
);
