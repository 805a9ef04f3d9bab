import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildSamples } from '../../scripts/samples/sample-set.js';
import { LONDON_HUBS } from '../../src/config/london-hubs.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

/**
 * The generator is deterministic, and the committed data-samples/ (made by `npm run samples`, seed 20250214,
 * scale 1) hold the targets it is tuned to (scripts/samples/evaluation-targets.ts). Every figure below is
 * computed by reading the files back with csv-parse.
 */
const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data-samples');
type Row = Record<string, string>;
const text = (file: string) => readFileSync(path.join(SAMPLES, file), 'utf8');
const read = (file: string): Row[] => parse(text(file), { columns: true });
const filesIn = (dir: string) =>
  readdirSync(path.join(SAMPLES, dir))
    .sort()
    .map((f) => path.join(dir, f));

const hubOfCode = new Map<string, string>();
for (const hub of LONDON_HUBS)
  for (const la of hub.localAuthorities) for (const code of [la.oldCode, la.newCode]) hubOfCode.set(code, hub.id);
const institutions = read('institutions.csv');
const byUrn = new Map(institutions.map((r) => [r.urn ?? '', r]));
const hubOfUrn = (urn: string | undefined) => hubOfCode.get(byUrn.get(urn ?? '')?.la_code ?? '');
const startYear = (label: string | undefined) => (label ? Number(label.slice(0, 4)) : Infinity);

describe('generateSamples', () => {
  it('gives identical bytes for the same seed, and different data for another seed', () => {
    const a = buildSamples({ seed: 7, scale: 0.05 });
    const b = buildSamples({ seed: 7, scale: 0.05 });
    expect(b.map((f) => f.path)).toEqual(a.map((f) => f.path));
    for (const [i, f] of a.entries()) expect(b[i]?.text, f.path).toBe(f.text);
    const other = buildSamples({ seed: 8, scale: 0.05 });
    expect(other.find((f) => f.path === 'institutions.csv')?.text).not.toBe(
      a.find((f) => f.path === 'institutions.csv')?.text,
    );
  });

  it('data-samples/ is exactly what `npm run samples` writes (default seed, scale 1)', async () => {
    const { DEFAULT_SEED } = await import('../../scripts/samples/sample-set.js');
    for (const f of buildSamples({ seed: DEFAULT_SEED, scale: 1 })) expect(text(f.path) === f.text, f.path).toBe(true);
  });

  it('writes UTF-8 CSV without BOM or CR, and the published set stays under 8.2 MB', () => {
    let bytes = 0;
    for (const file of ['institutions.csv', ...['compass', 'destinations', 'neet', 'activities'].flatMap(filesIn)]) {
      const raw = readFileSync(path.join(SAMPLES, file));
      bytes += raw.length;
      expect(raw[0], file).not.toBe(0xef);
      expect(raw.includes(0x0d), file).toBe(false);
    }
    // 5 MB of area files and logs, and 3 MB of school-level destinations (8 cohorts x 441 schools) for the impact
    // estimates, which need every school-year.
    // The Careers Clusters' log (about 0.15 MB) took the set past 8 MB.
    expect(bytes).toBeLessThan(8_200_000);
    expect(text('README.md')).toMatch(/SYNTHETIC/);
    expect(statSync(path.join(SAMPLES, 'README.md')).size).toBeGreaterThan(0);
  });
});

describe('institutions.csv', () => {
  it('covers the 33 London LAs with the stated types, codes and awkward names', () => {
    expect(Object.keys(institutions[0] ?? {})).toEqual([
      'urn',
      'name',
      'la_code',
      'type',
      'pupils',
      'eligible',
      'joined',
      'cluster',
    ]);
    expect(institutions.length).toBeGreaterThanOrEqual(650);
    expect(institutions.length).toBeLessThanOrEqual(800);
    const las = new Set(
      institutions.map(
        (r) =>
          LONDON_HUBS.flatMap((h) => h.localAuthorities).find(
            (la) => la.oldCode === r.la_code || la.newCode === r.la_code,
          )?.name,
      ),
    );
    expect(las.size).toBe(33);
    expect(las.has(undefined)).toBe(false);
    const oldCodes = institutions.filter((r) => /^\d{3}$/.test(r.la_code ?? '')).length / institutions.length;
    expect(oldCodes).toBeGreaterThan(0.07);
    expect(oldCodes).toBeLessThan(0.13);
    expect(new Set(institutions.map((r) => r.type))).toEqual(
      new Set(['mainstream', 'special', 'alternative provision', 'FE college', 'sixth-form college', 'other']),
    );
    const mainstream = institutions.filter((r) => r.type === 'mainstream').length / institutions.length;
    expect(mainstream).toBeCloseTo(0.6, 1);
    expect(new Set(institutions.map((r) => r.urn)).size).toBe(institutions.length);
    expect(institutions.every((r) => /^[1-4]\d{5}$/.test(r.urn ?? ''))).toBe(true);
    const names = institutions.map((r) => r.name ?? '');
    expect(names).toContain('<script>alert(1)</script> Academy');
    expect(names.some((n) => n.startsWith('École'))).toBe(true);
    expect(names.some((n) => n.includes("'"))).toBe(true);
    expect(names.some((n) => n.includes(','))).toBe(true);
    expect(institutions.some((r) => r.pupils === '')).toBe(true);
  });

  it('has ~95% eligible and membership of the eligible near 20% / 80% / 91% by 2017/18, 2020/21, 2023/24', () => {
    const eligible = institutions.filter((r) => r.eligible === 'yes');
    expect(eligible.length / institutions.length).toBeCloseTo(0.95, 2);
    const memberBy = (year: number) => eligible.filter((r) => startYear(r.joined) <= year).length / eligible.length;
    expect(memberBy(2017)).toBeGreaterThan(0.17);
    expect(memberBy(2017)).toBeLessThan(0.23);
    expect(memberBy(2020)).toBeGreaterThan(0.77);
    expect(memberBy(2020)).toBeLessThan(0.83);
    expect(memberBy(2023)).toBeGreaterThan(0.89);
    expect(memberBy(2023)).toBeLessThan(0.93);
    expect(institutions.every((r) => r.joined === '' || /^20\d\d\/\d\d$/.test(r.joined ?? ''))).toBe(true);
  });
});

describe('compass/', () => {
  const files = filesIn('compass');
  const achieved = (r: Row) => Object.keys(r).filter((k) => k.startsWith('Benchmark') && r[k] === '100').length;
  const latest = (rows: Row[]) => {
    const key = (d: string | undefined) => (d ?? '').split('/').reverse().join('');
    const out = new Map<string, Row>();
    for (const r of rows)
      if (key(r.completion_date) >= key(out.get(r.urn ?? '')?.completion_date)) out.set(r.urn ?? '', r);
    return [...out.values()];
  };
  const mean = (rows: Row[]) => rows.reduce((s, r) => s + achieved(r), 0) / rows.length;
  const perYear = files.map((f) => latest(read(f)));

  it('has one file per year with 311 ... 664 distinct completions and means 2.6 ... 5.3', () => {
    expect(files).toEqual(
      ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].map((y) => path.join('compass', `compass-${y}.csv`)),
    );
    expect(perYear.map((rows) => rows.length)).toEqual([311, 400, 480, 580, 664]);
    const means = perYear.map(mean);
    for (const [k, target] of [2.6, 3.3, 4.0, 4.7, 5.3].entries()) expect(means[k]).toBeCloseTo(target, 1);
  });

  it(
    'writes UK dates inside the academic year, whole-number scores, eligible institutions and a few ' + 'resubmissions',
    () => {
      files.forEach((f, k) => {
        const rows = read(f);
        expect(Object.keys(rows[0] ?? {})).toEqual([
          'urn',
          'completion_date',
          ...[1, 2, 3, 4, 5, 6, 7, 8].map((b) => `Benchmark ${b} (%)`),
        ]);
        const from = `${2019 + k}0901`;
        const to = `${2020 + k}0831`;
        for (const r of rows) {
          const [d, m, y] = (r.completion_date ?? '').split('/');
          expect(`${y}${m}${d}` >= from && `${y}${m}${d}` <= to, r.completion_date).toBe(true);
          expect(byUrn.get(r.urn ?? '')?.eligible).toBe('yes');
          for (let b = 1; b <= 8; b++) expect(r[`Benchmark ${b} (%)`]).toMatch(/^(100|[1-9]?\d)$/);
        }
        const resubmitted = (rows.length - (perYear[k]?.length ?? 0)) / rows.length;
        expect(resubmitted).toBeGreaterThan(0.005);
        expect(resubmitted).toBeLessThan(0.04);
      });
    },
  );

  it(
    'has South and West starting lower and progressing faster than East and Central; special/AP below ' + 'mainstream',
    () => {
      const hubMean = (k: number, hub: string) => mean((perYear[k] ?? []).filter((r) => hubOfUrn(r.urn) === hub));
      const progress = (hub: string) => hubMean(4, hub) - hubMean(0, hub);
      for (const slow of ['east', 'central']) {
        for (const fast of ['south', 'west']) {
          expect(hubMean(0, fast)).toBeLessThan(hubMean(0, slow));
          expect(progress(fast)).toBeGreaterThan(progress(slow));
        }
      }
      const ofType = (k: number, types: string[]) =>
        mean((perYear[k] ?? []).filter((r) => types.includes(byUrn.get(r.urn ?? '')?.type ?? '')));
      for (let k = 0; k < 5; k++)
        expect(ofType(k, ['special', 'alternative provision'])).toBeLessThan(ofType(k, ['mainstream']));
    },
  );
});

describe('destinations/', () => {
  const la = read('destinations/synthetic_ks4_destinations_la.csv');
  const nat = read('destinations/synthetic_ks4_destinations_national.csv');
  const num = (s: string | undefined) => (s !== undefined && /^\d+(\.\d)?$/.test(s) ? Number(s) : undefined);
  const counts = (rows: Row[]) => rows.filter((r) => r.data_type === 'Number of pupils');
  /** Pooled % for mainstream Total-type rows of one breakdown and destination year, over cells that are numbers. */
  const pooled = (rows: Row[], breakdown: string, measure: string, tp: string, keep: (r: Row) => boolean) => {
    let cohort = 0;
    let n = 0;
    for (const r of counts(rows)) {
      if (
        r.time_period !== tp ||
        r.institution_group !== 'State-funded mainstream schools' ||
        r.breakdown !== breakdown ||
        !keep(r)
      )
        continue;
      const v = num(r[measure]);
      const c = num(r.cohort);
      if (v === undefined || c === undefined) continue;
      cohort += c;
      n += v;
    }
    return (100 * n) / cohort;
  };
  const inHub = (hub: string) => (r: Row) =>
    r.geographic_level === 'Local authority' && hubOfCode.get(r.new_la_code ?? '') === hub;
  const COHORT_1516 = '201617';
  const COHORT_2021 = '202122';

  it('uses the EES layouts: every field quoted, 34 areas x 8 years, national rows as the real file', () => {
    const header = text('destinations/synthetic_ks4_destinations_la.csv').split('\n')[0];
    expect(header).toBe(
      '"time_period","time_identifier","geographic_level","country_code","country_name","region_code","region_name",' +
        '"old_la_code","new_la_code","la_name","institution_group","institution_type","breakdown_topic","breakdown",' +
        '"data_type","version","inst_count","cohort","overall","education","fe","ssf","sfc","other_edu","ind",' +
        '"appru","special","spi","edu_combo","he","appren","appl3","appl2","all_work","all_notsust","notsust",' +
        '"notsust_beneet","only_beneet","all_unknown","unknown_id","unknown"',
    );
    expect(
      text('destinations/synthetic_ks4_destinations_la.csv')
        .trimEnd()
        .split('\n')
        .every((line) => line.startsWith('"') && line.endsWith('"')),
    ).toBe(true);
    expect(la).toHaveLength(34 * 8 * 2 * 3 * 2);
    expect(new Set(la.map((r) => r.time_period))).toEqual(
      new Set(['201516', '201617', '201718', '201819', '201920', '202021', '202122', '202223']),
    );
    expect(Object.keys(nat[0] ?? {}).join(',')).toBe(
      'time_period,time_identifier,geographic_level,country_code,country_name,institution_group,institution_type,' +
        'breakdown_topic,breakdown,data_type,version,inst_count,cohort,overall,education,fe,ssf,sfc,other_edu,ind,' +
        'appru,special,spi,edu_combo,he,appren,appl3,appl2,all_work,all_notsust,notsust,notsust_beneet,' +
        'only_beneet,all_unknown,unknown_id,unknown',
    );
    const natCohorts = counts(nat)
      .filter((r) => r.breakdown === 'Total' && r.institution_group === 'State-funded mainstream schools')
      .map((r) => Number(r.cohort));
    expect(Math.min(...natCohorts)).toBeGreaterThan(540_000);
    expect(Math.max(...natCohorts)).toBeLessThan(585_000);
  });

  it('has counts that add up, Total = both disadvantage rows, and percentages computed from the counts', () => {
    for (const rows of [la, nat]) {
      for (const r of counts(rows)) {
        const v = (m: string) => num(r[m]);
        const sum = (total: string, parts: string[]) => {
          const values = [v(total), ...parts.map(v)];
          if (values.every((x) => x !== undefined))
            expect(
              values.slice(1).reduce((s, x) => (s ?? 0) + (x ?? 0), 0),
              `${total} ${JSON.stringify(r)}`,
            ).toBe(values[0]);
        };
        sum('cohort', ['overall', 'all_notsust', 'all_unknown']);
        sum('overall', ['education', 'appren', 'all_work']);
        sum('education', ['fe', 'ssf', 'sfc', 'other_edu']);
        sum('other_edu', ['ind', 'appru', 'special', 'spi', 'edu_combo', 'he']);
        sum('appren', ['appl3', 'appl2']);
        sum('all_notsust', ['notsust', 'notsust_beneet', 'only_beneet']);
        sum('all_unknown', ['unknown_id', 'unknown']);
      }
    }
    const key = (r: Row, breakdown: string, dataType: string) =>
      [r.time_period, r.new_la_code, r.region_code, r.institution_group, breakdown, dataType].join('|');
    const index = new Map(la.map((r) => [key(r, r.breakdown ?? '', r.data_type ?? ''), r]));
    for (const total of counts(la).filter((r) => r.breakdown === 'Total' && r.geographic_level === 'Regional')) {
      const d = index.get(key(total, 'Disadvantaged', 'Number of pupils'));
      const nd = index.get(key(total, 'Not disadvantaged', 'Number of pupils'));
      const pct = index.get(key(total, 'Total', 'Percentage'));
      expect(Number(d?.overall) + Number(nd?.overall)).toBe(Number(total.overall));
      expect(pct?.overall).toBe(((100 * Number(total.overall)) / Number(total.cohort)).toFixed(1));
    }
  });

  it('marks small numbers: City of London is tiny with `c` cells; `low` and `z` appear as in the real files', () => {
    const city = counts(la).filter(
      (r) =>
        r.la_name === 'City of London' &&
        r.breakdown === 'Total' &&
        r.institution_group === 'State-funded mainstream schools',
    );
    expect(city).toHaveLength(8);
    for (const r of city) {
      expect(Number(r.cohort)).toBeGreaterThanOrEqual(5);
      expect(Number(r.cohort)).toBeLessThanOrEqual(15);
    }
    expect(la.filter((r) => r.la_name === 'City of London').some((r) => Object.values(r).includes('c'))).toBe(true);
    expect(la.some((r) => r.data_type === 'Percentage' && Object.values(r).includes('low'))).toBe(true);
    expect(la.filter((r) => r.time_period === '201516').every((r) => r.notsust === 'z' && r.unknown === 'z')).toBe(
      true,
    );
    expect(la.filter((r) => r.geographic_level !== 'Local authority').some((r) => Object.values(r).includes('c'))).toBe(
      false,
    );
  });

  it(
    'gives hub sustained-EET rates like the evaluation: +0.2 (East) to +1.4pp (Central), ending 0.8-2.0pp above a ' +
      'flat national',
    () => {
      const national = (tp: string, breakdown = 'Total', measure = 'overall') =>
        pooled(nat, breakdown, measure, tp, () => true);
      expect(national(COHORT_1516)).toBeGreaterThan(93.5);
      expect(Math.abs(national(COHORT_2021) - national(COHORT_1516))).toBeLessThan(0.5);
      const change = (hub: string) =>
        pooled(la, 'Total', 'overall', COHORT_2021, inHub(hub)) -
        pooled(la, 'Total', 'overall', COHORT_1516, inHub(hub));
      expect(change('east')).toBeCloseTo(0.2, 1);
      expect(change('central')).toBeCloseTo(1.4, 1);
      for (const hub of ['south', 'west']) {
        expect(change(hub)).toBeGreaterThan(0.2);
        expect(change(hub)).toBeLessThan(1.4);
      }
      for (const hub of ['central', 'east', 'south', 'west']) {
        const gap = pooled(la, 'Total', 'overall', COHORT_2021, inHub(hub)) - national(COHORT_2021);
        expect(gap).toBeGreaterThanOrEqual(0.75);
        expect(gap).toBeLessThanOrEqual(2.05);
      }
      expect(pooled(la, 'Total', 'overall', COHORT_1516, inHub('central'))).toBeLessThan(national(COHORT_1516));
    },
  );

  it('has falling apprenticeships and disadvantaged rates 3.8-5.4pp above national by the 2020/21 cohort', () => {
    expect(pooled(nat, 'Total', 'appren', COHORT_1516, () => true)).toBeCloseTo(4.7, 1);
    expect(pooled(nat, 'Total', 'appren', COHORT_2021, () => true)).toBeCloseTo(3.3, 1);
    const natDis = pooled(nat, 'Disadvantaged', 'overall', COHORT_2021, () => true);
    for (const hub of ['central', 'east', 'south', 'west']) {
      const start = pooled(la, 'Total', 'appren', COHORT_1516, inHub(hub));
      const end = pooled(la, 'Total', 'appren', COHORT_2021, inHub(hub));
      expect(start).toBeGreaterThan(2.5);
      expect(start).toBeLessThan(4.2);
      expect(end).toBeLessThan(1.8);
      const gap = pooled(la, 'Disadvantaged', 'overall', COHORT_2021, inHub(hub)) - natDis;
      expect(gap).toBeGreaterThanOrEqual(3.75);
      expect(gap).toBeLessThanOrEqual(5.45);
      expect(pooled(la, 'Disadvantaged', 'overall', COHORT_2021, inHub(hub))).toBeLessThan(
        pooled(la, 'Total', 'overall', COHORT_2021, inHub(hub)) - 2,
      );
    }
  });
});

describe('neet/', () => {
  const files = filesIn('neet');

  it('has five years of England, London and 32 LAs (no City of London) with NEET + not known consistent', () => {
    expect(files.map((f) => path.basename(f))).toEqual(
      [2020, 2021, 2022, 2023, 2024].map((y) => `synthetic_nccis_neet_${y}.csv`),
    );
    let cCells = 0;
    files.forEach((f, k) => {
      const rows = read(f);
      expect(Object.keys(rows[0] ?? {})).toHaveLength(49);
      expect(rows.map((r) => r.geographic_level)).toEqual([
        'National',
        'Regional',
        ...Array<string>(32).fill('Local authority'),
      ]);
      expect(rows.every((r) => r.time_period === String(2020 + k))).toBe(true);
      expect(rows.some((r) => r.la_name === 'City of London')).toBe(false);
      for (const r of rows)
        expect(
          Math.abs(Number(r.NEET_not_known_percent) - Number(r.NEET_percent) - Number(r.Notknown_percent)),
        ).toBeLessThanOrEqual(0.11);
      const [england, london] = rows;
      expect(Number(england?.NEET_percent)).toBeGreaterThanOrEqual(2.6);
      expect(Number(england?.NEET_percent)).toBeLessThanOrEqual(3.2);
      expect(Number(london?.NEET_percent)).toBeGreaterThan(1.4);
      expect(Number(london?.NEET_percent)).toBeLessThan(2.5);
      expect(Number(london?.Notknown_percent)).toBeGreaterThan(1);
      expect(Number(london?.Notknown_percent)).toBeLessThan(3.5);
      cCells += rows.reduce((s, r) => s + Object.values(r).filter((v) => v === 'c').length, 0);
    });
    expect(cCells).toBeGreaterThan(0);
  });
});

describe('activities/', () => {
  // The hubs' logs; the Careers Clusters' own log (clusters-*.csv) is checked with the clusters.
  const files = filesIn('activities').filter((f) => !path.basename(f).startsWith('clusters-'));
  const rows = files.flatMap((f) => read(f));

  it('has about 40,000 rows over three years with UK dates, register URNs and the stated labels', () => {
    expect(files.map((f) => path.basename(f))).toEqual([
      'activities-2021-22.csv',
      'activities-2022-23.csv',
      'activities-2023-24.csv',
    ]);
    expect(rows.length).toBeGreaterThan(38_000);
    expect(rows.length).toBeLessThan(42_000);
    expect(rows.every((r) => byUrn.has(r.urn ?? ''))).toBe(true);
    expect(rows.every((r) => /^\d\d\/\d\d\/20\d\d$/.test(r.date ?? ''))).toBe(true);
    expect(rows.every((r) => /^EMP\d{5}$/.test(r.employer_id ?? '') || r.employer_id === '')).toBe(true);
    const workplace =
      rows.filter((r) => ['work experience', 'insight day', 'workplace visit'].includes(r.activity_type ?? '')).length /
      rows.length;
    expect(workplace).toBeGreaterThan(0.15);
    expect(workplace).toBeLessThan(0.25);
    const teacher = rows.filter((r) => r.activity_type?.startsWith('teacher'));
    expect(teacher.length / rows.length).toBeLessThan(0.08);
    expect(teacher.every((r) => r.students === '')).toBe(true);
    expect(new Set(rows.filter((r) => r.employer_id).map((r) => r.employer_id)).size).toBeGreaterThan(1000);
  });

  it('has Strand 2 only from January 2022 to August 2023, most of it in West and with SMEs', () => {
    const iso = (d: string | undefined) => (d ?? '').split('/').reverse().join('-');
    const strand2 = rows.filter((r) => r.strand === '2');
    expect(strand2.every((r) => iso(r.date) >= '2022-01-01' && iso(r.date) <= '2023-08-31')).toBe(true);
    const byHub = new Map<string, number>();
    for (const r of strand2) byHub.set(hubOfUrn(r.urn) ?? '', (byHub.get(hubOfUrn(r.urn) ?? '') ?? 0) + 1);
    const west = byHub.get('west') ?? 0;
    for (const hub of ['central', 'east', 'south']) expect(west).toBeGreaterThan(2 * (byHub.get(hub) ?? 0));
    const sme =
      strand2.filter((r) => ['micro', 'small', 'medium'].includes(r.employer_size ?? '')).length / strand2.length;
    expect(sme).toBeGreaterThan(0.8);
  });
});

describe.skipIf(!HAS_REAL_DATA)('headers against the real files', () => {
  const firstLine = (file: string) =>
    readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')[0];

  it('copies the header of the real national KS4 file and of the 2024 NCCIS file exactly', () => {
    expect(text('destinations/synthetic_ks4_destinations_national.csv').split('\n')[0]).toBe(
      firstLine(realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv')),
    );
    const nccis = firstLine(realFile('nccis-neet-la', 'UD_NEETNK_LA_dashboard_final_2024.csv'));
    for (const f of filesIn('neet')) expect(text(f).split('\n')[0], f).toBe(nccis);
  });
});
