// `npm run bench`, national case: synthetic inputs with 1, 2 and 4 million activity rows (generated once into the
// system temp folder, never into the repo), each command timed in a fresh process, in turn: `validate` and
// `metrics` (wall, CPU = user + system, peak resident memory), then DuckDB computing the same participation and
// destination aggregates from the same CSVs, for the ratios. Goals: validate and metrics at most as slow as DuckDB
// (wall and CPU) at 1M and 4M rows; metrics peak memory at most 250 MB at 1M and at most 10% more at 4M, with
// Node's default heap; cost linear in rows (the per-million slope is printed). `metrics` runs twice, with and
// without the school-level destination files (synthetic_ees_ks4_inst_*, about 10,000 schools x 8 cohorts): the
// difference is what the school files and the impact estimation add. Goal: less than metrics takes without them.
// BENCH_NATIONAL_ROWS=1 (or 1,4) runs those cases only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Scale 25 gives 1,000,000 activity rows over ~18,750 institutions; the larger cases grow the logs alone. */
const CASES = [
  { millions: 1, scale: 25, activityScale: 25 },
  { millions: 2, scale: 25, activityScale: 50 },
  { millions: 4, scale: 25, activityScale: 100 },
].filter((c) => {
  const only = process.env.BENCH_NATIONAL_ROWS;
  return !only || only.split(',').includes(String(c.millions));
});
const GOALS = { ratio: 1, peakMb: 250, growth: 0.1, impact: 1 };
const CONFIG = {
  inputs: {
    institutions: 'institutions.csv',
    compass: 'compass/*.csv',
    destinations: 'destinations/*.csv',
    neet: 'neet/*.csv',
    activities: 'activities/*.csv',
  },
};
/** The same inputs without the school-level destination files, so no impact estimate is made. */
const NO_SCHOOLS = 'hubs-eval.no-schools.config.json';
const NO_SCHOOLS_CONFIG = { inputs: { ...CONFIG.inputs, destinations: 'destinations/synthetic_ks4_*.csv' } };

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
  writeFileSync(path.join(dir, NO_SCHOOLS), `${JSON.stringify(NO_SCHOOLS_CONFIG, null, 2)}\n`);
  return dir;
}

/** A fresh Node process; wall time from spawn to exit, as a user sees it; CPU and peak memory from the child. */
function run(script, args, cwd) {
  const start = performance.now();
  const line = execFileSync(process.execPath, [path.join(root, script), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  return { ...JSON.parse(line.trim().split('\n').pop()), wallMs };
}

function cli(dir, args) {
  const result = run('bench/run-once.mjs', [...args, '--quiet'], dir);
  if (result.code !== 0) throw new Error(`hubs-eval ${args.join(' ')} exited ${result.code}`);
  return result;
}

const s = (ms) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
const signed = (ms) => `${ms >= 0 ? '+' : ''}${s(ms).trim()}`;
const fmt = (r) => `wall ${s(r.wallMs)}  CPU ${s(r.cpuMs)}  peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB`;
const met = (ok) => (ok ? 'met' : 'NOT met');
const results = {};
const names = CASES.map((c) => `${c.millions}M`).join(', ');
console.log(`national case: ${names} activity rows, one process each, in turn`);
for (const c of CASES) {
  const dir = inputsFor(c);
  const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-national-out-'));
  try {
    const validate = cli(dir, ['validate']);
    const metrics = cli(dir, ['metrics', '--year', '2023/24', '--format', 'csv', '--out', out]);
    const bareOut = path.join(out, 'no-schools');
    const bare = cli(dir, [
      'metrics',
      '--config',
      NO_SCHOOLS,
      '--year',
      '2023/24',
      '--format',
      'csv',
      '--out',
      bareOut,
    ]);
    const duck = run('bench/duckdb-once.mjs', [dir], dir);
    results[c.millions] = { validate, metrics, duck };
    console.log(`${c.millions}M rows (${dir})`);
    console.log(`  validate            ${fmt(validate)}`);
    console.log(`  metrics             ${fmt(metrics)}`);
    console.log(`  metrics, no schools ${fmt(bare)}`);
    console.log(`  DuckDB, same CSVs   ${fmt(duck)}`);
    for (const [name, r] of [
      ['validate', validate],
      ['metrics', metrics],
    ]) {
      const wall = r.wallMs / duck.wallMs;
      const cpu = r.cpuMs / duck.cpuMs;
      console.log(
        `  ${name} / DuckDB: wall ${wall.toFixed(2)}x, CPU ${cpu.toFixed(2)}x ` +
          `(goal <= ${GOALS.ratio}x: ${met(wall <= GOALS.ratio && cpu <= GOALS.ratio)})`,
      );
    }
    for (const [name, r] of [
      ['validate', validate],
      ['metrics', metrics],
    ])
      console.log(
        `  ${name} peak ${r.maxRssMb.toFixed(0)} MB` +
          (c.millions === 1 ? ` (goal <= ${GOALS.peakMb} MB: ${met(r.maxRssMb <= GOALS.peakMb)})` : ''),
      );
    const added = { wallMs: metrics.wallMs - bare.wallMs, cpuMs: metrics.cpuMs - bare.cpuMs };
    console.log(
      `  school files + impact estimation (metrics less metrics without them): wall ${s(added.wallMs).trim()}, ` +
        `CPU ${s(added.cpuMs).trim()}; ${impactRows(out, bareOut)} ` +
        `(goal < metrics without them: ${met(added.wallMs < GOALS.impact * bare.wallMs && added.cpuMs < bare.cpuMs)})`,
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
/** How many impact rows carry a figure with the school files, and without them (where there should be none). */
function impactRows(withSchools, without) {
  const count = (dir) =>
    parse(readFileSync(path.join(dir, 'metrics.csv'), 'utf8'), { columns: true }).filter(
      (r) => r.measure.startsWith('impact_') && r.value !== '',
    ).length;
  return `${count(withSchools)} impact figures with them, ${count(without)} without`;
}

const [one, four] = [results[1], results[4]];
if (one && four) {
  for (const name of ['validate', 'metrics']) {
    const growth = four[name].maxRssMb / one[name].maxRssMb - 1;
    console.log(
      `${name} peak memory, 4M vs 1M rows: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}% ` +
        `(goal <= +${GOALS.growth * 100}%: ${met(growth <= GOALS.growth)})`,
    );
  }
  for (const name of ['validate', 'metrics', 'duck']) {
    const slope = (k) => (four[name][k] - one[name][k]) / 3;
    const mb = (four[name].maxRssMb - one[name].maxRssMb) / 3;
    const two = results[2]?.[name];
    const line = s(one[name].wallMs + slope('wallMs')).trim();
    const mid = two ? `; 2M wall ${s(two.wallMs).trim()} against ${line} on the 1M-4M line` : '';
    console.log(
      `per million rows, ${name === 'duck' ? 'DuckDB' : name}: wall ${signed(slope('wallMs'))}, ` +
        `CPU ${signed(slope('cpuMs'))}, peak ${mb >= 0 ? '+' : ''}${mb.toFixed(0)} MB${mid}`,
    );
  }
}
