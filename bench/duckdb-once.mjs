// The same participation and destination aggregates as `hubs-eval metrics`, computed by DuckDB from the same
// CSVs in a fresh process, for the side-by-side ratio in `npm run bench`. Prints wall time, peak resident memory
// and the activities per hub and year (to check both engines count the same rows) as JSON.
import { performance } from 'node:perf_hooks';

const [dir] = process.argv.slice(2);
const start = performance.now();
const { DuckDBInstance } = await import('@duckdb/node-api');
const { defaultConfig } = await import('../dist/config/defaults.js');
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const hubLa = defaultConfig(dir).hubs.flatMap((h) =>
  h.localAuthorities.flatMap((la) => [`(${q(la.oldCode)}, ${q(h.id)})`, `(${q(la.newCode)}, ${q(h.id)})`]),
);
await db.run(`CREATE TABLE hub_la AS SELECT * FROM (VALUES ${hubLa.join(', ')}) t(code, hub)`);
await db.run(`
  CREATE TABLE inst AS
  SELECT i.urn, h.hub, TRY_CAST(i.pupils AS INTEGER) AS pupils, i.joined, i.eligible
  FROM read_csv(${q(`${dir}/institutions.csv`)}, all_varchar = true) i JOIN hub_la h ON h.code = i.la_code`);
// Academic year from a UK date (1 Sep - 31 Aug); SMEs as the tool counts them (micro, small, medium).
await db.run(`
  CREATE TABLE act AS
  SELECT a.urn, a.activity_type, a.strand, a.employer_id, a.employer_size,
         TRY_CAST(a.students AS INTEGER) AS students, TRY_CAST(a.teachers AS INTEGER) AS teachers,
         year(strptime(a.date, '%d/%m/%Y')) - CASE WHEN month(strptime(a.date, '%d/%m/%Y')) < 9 THEN 1 ELSE 0 END
           AS year
  FROM read_csv(${q(`${dir}/activities/*.csv`)}, all_varchar = true) a`);
const participation = await db.runAndReadAll(`
  SELECT i.hub, a.year, a.activity_type, a.strand, count(*) AS activities, sum(a.students) AS students,
         sum(a.teachers) AS teachers, count(DISTINCT a.urn) AS institutions,
         count(DISTINCT a.employer_id) FILTER (WHERE lower(a.employer_size) IN ('micro', 'small', 'medium', 'sme'))
           AS smes
  FROM act a JOIN inst i USING (urn)
  GROUP BY GROUPING SETS ((i.hub, a.year), (i.hub, a.year, a.activity_type), (i.hub, a.year, a.strand), (a.year),
                          (i.hub), ())`);
const destinations = await db.runAndReadAll(`
  SELECT h.hub, d.time_period, d.breakdown, sum(TRY_CAST(d.cohort AS INTEGER)) AS cohort,
         sum(TRY_CAST(d.overall AS INTEGER)) AS overall, sum(TRY_CAST(d.all_notsust AS INTEGER)) AS not_sustained
  FROM read_csv(${q(`${dir}/destinations/*_la.csv`)}, all_varchar = true) d
  JOIN hub_la h ON h.code = d.new_la_code
  WHERE lower(d.data_type) LIKE '%number%'
  GROUP BY ALL`);
const rows = participation.getRowObjects();
const perHubYear = rows
  .filter((r) => r.hub !== null && r.year !== null && r.activity_type === null && r.strand === null)
  .map((r) => ({ hub: r.hub, year: Number(r.year), activities: Number(r.activities) }));
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({
    code: 0,
    ms,
    // User + system CPU of every DuckDB thread in this process.
    cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    participationRows: rows.length,
    destinationRows: destinations.getRowObjects().length,
    perHubYear,
  })}\n`,
);
