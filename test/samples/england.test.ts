import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildEnglandSamples } from '../../scripts/samples/england.js';
import {
  CURRENT_LAS,
  englandGroups,
  realDataConfig,
  realDataHubs,
  syntheticHubs,
} from '../../scripts/samples/england-hubs.js';
import { ENGLAND_LAS, FORMER_LAS } from '../../scripts/samples/england-las.js';
import { LONDON_HUBS } from '../../src/config/london-hubs.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

const EXAMPLE = new URL('../../examples/england.config.json', import.meta.url);

describe('the England reference table and its made-up grouping', () => {
  const groups = englandGroups();

  it('holds 154 LAs (152 current, 2 replaced since 2021), each current LA in exactly one of 36 groups', () => {
    expect(ENGLAND_LAS).toHaveLength(154);
    expect(CURRENT_LAS).toHaveLength(152);
    expect(new Set(ENGLAND_LAS.map((la) => la.newCode)).size).toBe(154);
    expect(groups).toHaveLength(36);
    const codes = groups.flatMap((g) => g.las.map((la) => la.newCode));
    expect(codes.sort()).toEqual(CURRENT_LAS.map((la) => la.newCode).sort());
  });

  it('keeps the four London hubs as built in', () => {
    for (const hub of LONDON_HUBS) {
      const group = groups.find((g) => g.id === `london-${hub.id}`);
      expect(group?.las.map((la) => la.newCode).sort()).toEqual(hub.localAuthorities.map((la) => la.newCode).sort());
    }
  });

  it('cuts every other region, in ONS-code order, into round(n / 4) consecutive groups as even as possible', () => {
    const regions = new Set(CURRENT_LAS.map((la) => la.region).filter((r) => r !== 'London'));
    for (const region of regions) {
      const las = CURRENT_LAS.filter((la) => la.region === region);
      const own = groups.filter((g) => g.las.some((la) => la.region === region));
      expect(own.map((g) => g.name)).toEqual(own.map((_, i) => `${region} ${i + 1}`));
      expect(own).toHaveLength(Math.round(las.length / 4));
      // Consecutive: the groups read in order are the region's LAs in ONS-code order.
      expect(own.flatMap((g) => g.las)).toEqual(las);
      const sizes = own.map((g) => g.las.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(sizes).toEqual([...sizes].sort().reverse());
    }
    // e.g. the North East's 12: Hartlepool to Stockton-on-Tees, Darlington to Newcastle, North Tyneside to Gateshead.
    expect(groups[0]?.las.map((la) => la.name)).toEqual([
      'Hartlepool',
      'Middlesbrough',
      'Redcar and Cleveland',
      'Stockton-on-Tees',
    ]);
  });

  it('names every synthetic hub "synthetic" and every made-up real-data hub "synthetic grouping"', () => {
    for (const h of syntheticHubs()) expect(h.name).toMatch(/\(synthetic\)$/);
    for (const h of realDataHubs())
      expect(h.name).toMatch(h.id.startsWith('london-') ? /^London [A-Z][a-z]+$/ : /\(synthetic grouping\)$/);
  });

  it('lists each replaced LA with its successor on the real files, and no district of a two-tier county', () => {
    const hubs = realDataHubs();
    for (const [former, successor] of FORMER_LAS) {
      const hub = hubs.find((h) => h.localAuthorities.some((la) => la.newCode === successor));
      expect(hub?.localAuthorities.map((la) => la.newCode)).toContain(former);
    }
    const codes = hubs.flatMap((h) => h.localAuthorities.map((la) => la.newCode));
    expect(codes).toHaveLength(154);
    expect(codes.filter((c) => c.startsWith('E07'))).toEqual([]);
  });

  // UPDATE_EXAMPLES=1 npx vitest run test/samples/england.test.ts rewrites it.
  it('examples/england.config.json is realDataConfig over ../../shared/data-real', () => {
    const config = realDataConfig('../../shared/data-real');
    if (process.env.UPDATE_EXAMPLES === '1') writeFileSync(EXAMPLE, `${JSON.stringify(config, null, 2)}\n`);
    expect(JSON.parse(readFileSync(EXAMPLE, 'utf8'))).toEqual(config);
  });

  it.skipIf(!HAS_REAL_DATA)('matches the NCCIS 2025 file; the KS4 districts left unplaced are not upper-tier', () => {
    const nccis: Record<string, string>[] = parse(
      readFileSync(realFile('nccis-neet-la', 'UD_NEETNK_LA_dashboard_final_2025.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { columns: true },
    );
    const las = nccis.filter((r) => r.geographic_level === 'Local authority');
    expect(las).toHaveLength(151);
    for (const r of las) {
      const la = ENGLAND_LAS.find((l) => l.newCode === r.new_la_code);
      expect(la, r.la_name).toMatchObject({ oldCode: r.old_la_code, name: r.la_name, region: r.region_name });
    }
    const ks4: Record<string, string>[] = parse(
      readFileSync(realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv'), 'utf8'),
      { columns: true },
    );
    const placed = new Set(ENGLAND_LAS.map((l) => l.newCode));
    const unplaced = [...new Set(ks4.map((r) => r.lad_code!))].filter((c) => !placed.has(c));
    // Districts of two-tier counties (E07), and Bournemouth, Poole (merged in 2019) and the Isles of Scilly.
    expect(unplaced.filter((c) => !c.startsWith('E07')).sort()).toEqual(['E06000028', 'E06000029', 'E06000053']);
  });
});
describe('npm run samples -- --england', () => {
  const files = buildEnglandSamples({ seed: 7, scale: 0.1 });
  const file = (p: string) => files.find((f) => f.path === p)?.text ?? '';

  it('is deterministic: the same seed gives the same bytes', () => {
    expect(buildEnglandSamples({ seed: 7, scale: 0.1 })).toEqual(files);
    expect(buildEnglandSamples({ seed: 8, scale: 0.1 })).not.toEqual(files);
  });

  it('writes a config of 36 synthetic hubs over the 152 current LAs with their real codes', () => {
    const config = JSON.parse(file('hubs-eval.config.json'));
    expect(config.hubs).toHaveLength(36);
    for (const h of config.hubs) expect(h.name).toMatch(/\(synthetic\)$/);
    const codes = config.hubs.flatMap((h: { localAuthorities: { newCode: string }[] }) =>
      h.localAuthorities.map((la) => la.newCode),
    );
    expect(codes.sort()).toEqual(CURRENT_LAS.map((la) => la.newCode).sort());
    expect(file('README.md')).toContain('**Synthetic**');
  });

  it('writes every input kind, with rows for every LA', () => {
    const dest: Record<string, string>[] = parse(file('destinations/synthetic_england_ks4_destinations_la.csv'), {
      columns: true,
    });
    // 8 destination years x 152 LAs x (total + 2 disadvantage groups).
    expect(dest).toHaveLength(8 * 152 * 3);
    for (const r of dest.filter((d) => d.cohort !== 'c' && d.overall !== 'c'))
      expect(Number(r.overall)).toBeLessThanOrEqual(Number(r.cohort));
    const neet: Record<string, string>[] = parse(file('neet/synthetic_england_nccis_neet_2024.csv'), { columns: true });
    // England and every LA but the City of London, as NCCIS publishes.
    expect(neet).toHaveLength(1 + 151);
    expect(files.filter((f) => f.path.startsWith('compass/'))).toHaveLength(5);
    expect(files.filter((f) => f.path.startsWith('activities/'))).toHaveLength(3);
    expect(file('institutions.csv').split('\n').length - 2).toBe(500);
  });

  // At scale 0.1 a one-LA hub has a handful of institutions, so some of its figures are rightly suppressed (c).
  it('reads and computes end to end with its own config: every hub gets every kind of measure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-england-samples-'));
    try {
      for (const f of files) {
        mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
        writeFileSync(path.join(dir, f.path), f.text);
      }
      const year = parseAcademicYear('2023/24')!;
      const result = await readAndCompute({ cwd: dir, config: undefined, year, sdc: true });
      expect(result.warnings.filter((w) => w.severity === 'error')).toEqual([]);
      const hubsWith = (measure: string) =>
        new Set(
          result.metrics.rows
            .filter((r) => r.measure === measure && (r.value !== null || r.symbol === 'c'))
            .map((r) => r.hub),
        );
      for (const measure of [
        'eet_sustained_pct',
        'neet_or_not_known_pct',
        'membership_institutions_pct',
        'compass_coverage_pct',
        'activities',
      ]) {
        const covered = hubsWith(measure);
        for (const hub of result.config.hubs) expect(covered.has(hub.id), `${measure} ${hub.id}`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
