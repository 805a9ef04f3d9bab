// `npm run bench`, national case: synthetic inputs with 1 and 4 million activity rows (generated once into the
// system temp folder, never into the repo), each timed in a fresh process: `validate`, `metrics` and
// `report --format html` with peak memory, and DuckDB computing the same participation and destination
// aggregates from the same CSVs, for the ratio. Goals (issue 9): metrics within 3x DuckDB, peak memory under
// 500 MB, and 4 million rows using less than 20% more memory than 1 million.
// BENCH_NATIONAL_ROWS=1 (or 4) runs one case only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Scale 25 gives 1,000,000 activity rows over ~18,750 institutions; the 4M case grows the logs alone. */
const CASES = [
  { millions: 1, scale: 25, activityScale: 25 },
  { millions: 4, scale: 25, activityScale: 100 },
].filter((c) => !process.env.BENCH_NATIONAL_ROWS || String(c.millions) === process.env.BENCH_NATIONAL_ROWS);
const CONFIG = {
  inputs: {
    institutions: 'institutions.csv',
    compass: 'compass/*.csv',
    destinations: 'destinations/*.csv',
    neet: 'neet/*.csv',
    activities: 'activities/*.csv',
  },
};

function inputsFor({ scale, activityScale }) {
  const dir = path.join(tmpdir(), 'hubs-eval-national', `s${scale}-a${activityScale}`);
  const done = path.join(dir, '.complete');
  if (!existsSync(done)) {
    console.log(`generating ${dir} (scale ${scale}, activity scale ${activityScale}) ...`);
    const started = Date.now();
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        path.join(root, 'scripts/generate-samples.ts'),
        '--scale',
        String(scale),
        '--activity-scale',
        String(activityScale),
        '--out',
        dir,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    console.log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    writeFileSync(done, '');
  }
  writeFileSync(path.join(dir, 'hubs-eval.config.json'), `${JSON.stringify(CONFIG, null, 2)}\n`);
  return dir;
}

function run(script, args, cwd) {
  const line = execFileSync(process.execPath, [path.join(root, script), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(line.trim().split('\n').pop());
}

function cli(dir, args) {
  const result = run('bench/run-once.mjs', [...args, '--quiet'], dir);
  if (result.code !== 0) throw new Error(`hubs-eval ${args.join(' ')} exited ${result.code}`);
  return result;
}

const fmt = (r) => `${(r.ms / 1000).toFixed(1).padStart(6)} s  peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB`;
const peaks = {};
console.log(`national case: ${CASES.map((c) => `${c.millions}M`).join(' and ')} activity rows, fresh process each`);
for (const c of CASES) {
  const dir = inputsFor(c);
  const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-national-out-'));
  try {
    const validate = cli(dir, ['validate']);
    const metrics = cli(dir, ['metrics', '--year', '2023/24', '--format', 'csv', '--out', out]);
    const report = cli(dir, ['report', '--year', '2023/24', '--format', 'html', '--out', out]);
    const duck = run('bench/duckdb-once.mjs', [dir], dir);
    peaks[c.millions] = metrics.maxRssMb;
    console.log(`${c.millions}M rows (${dir})`);
    console.log(`  validate            ${fmt(validate)}`);
    console.log(`  metrics             ${fmt(metrics)}`);
    console.log(`  report --format html${fmt(report)}`);
    console.log(`  DuckDB, same CSVs   ${fmt(duck)}`);
    const ratio = metrics.ms / duck.ms;
    console.log(
      `  metrics / DuckDB: ${ratio.toFixed(1)}x (goal <= 3x: ${ratio <= 3 ? 'met' : 'NOT met'}); ` +
        `metrics peak ${metrics.maxRssMb.toFixed(0)} MB (goal < 500 MB: ${metrics.maxRssMb < 500 ? 'met' : 'NOT met'})`,
    );
    // Both engines must count the same rows: activities per hub and year, DuckDB against metrics.csv.
    const table = parse(readFileSync(path.join(out, 'metrics.csv'), 'utf8'), { columns: true });
    const mismatches = duck.perHubYear.filter(({ hub, year, activities }) => {
      const period = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
      const row = table.find(
        (r) => r.measure === 'activities' && r.hub === hub && r.period === period && r.breakdown === 'all',
      );
      return !row || Number(row.value) !== activities;
    });
    console.log(
      `  activities per hub and year, DuckDB vs metrics.csv: ` +
        `${mismatches.length === 0 ? `all ${duck.perHubYear.length} agree` : `${mismatches.length} differ`}`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
if (peaks[1] && peaks[4]) {
  const growth = (peaks[4] / peaks[1] - 1) * 100;
  console.log(
    `metrics peak memory, 4M vs 1M rows: ${growth >= 0 ? '+' : ''}${growth.toFixed(0)}% ` +
      `(goal < +20%: ${growth < 20 ? 'met' : 'NOT met'})`,
  );
}
