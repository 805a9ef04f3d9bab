import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realDataConfig } from '../../scripts/samples/england-hubs.js';
import { reportCommand } from '../../src/cli/commands/report.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { HAS_REAL_DATA, REAL_DATA } from '../real-data.js';

/**
 * The real DfE files in ../shared/data-real, with a config built here from the made-up grouping of
 * scripts/samples/england-hubs.ts (London's four hubs; every other region in groups of about four LAs): 36 hubs
 * over all NCCIS LAs. The KS4 destinations file is by LA district, so only the LAs it writes under their own code
 * (London boroughs, metropolitan districts, unitaries) are placed; the districts of two-tier counties are not.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const year = parseAcademicYear('2023/24')!;
const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-england-'));
const CONFIG = path.join(out, 'england.config.json');
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Rates are published to one decimal place under disclosure control (sdc.rateDecimals = 1). */
const published = (x: number) => Math.round(x * 10) / 10;

describe.skipIf(!HAS_REAL_DATA)('England in made-up groups of LAs on the real DfE files', () => {
  writeFileSync(CONFIG, JSON.stringify(realDataConfig(REAL_DATA)));

  it('computes every hub, with figures that match hand computation for North East 1 and North East 3', async () => {
    const result = await readAndCompute({ cwd: ROOT, config: CONFIG, year, sdc: true });
    const row = (measure: string, hub: string, period: string, breakdown: string) =>
      result.metrics.rows.find(
        (r) => r.measure === measure && r.hub === hub && r.period === period && r.breakdown === breakdown,
      );
    const value = (measure: string, hub: string, period: string, breakdown: string) =>
      row(measure, hub, period, breakdown)?.value;
    expect(result.config.hubs).toHaveLength(36);
    for (const hub of result.config.hubs)
      expect(value('neet_or_not_known_pct', hub.id, '2023/24', 'all'), hub.id).toBeTypeOf('number');

    // ks4-dest-lad-lsip/data-key-stage-4-destination-measures.csv, time_period 202223 (the 2021/22 cohort),
    // lad_code in the hub: sustained EET = (education + appren + all_work) / cohort, summed over the hub's LAs.
    // North East 1: Hartlepool 979 / 1,073, Middlesbrough 1,367 / 1,555, Redcar and Cleveland 1,498 / 1,632,
    // Stockton-on-Tees 2,002 / 2,177; in all 5,846 / 6,437.
    expect(value('eet_sustained_pct', 'north-east-1', '2021/22', 'total')).toBeCloseTo(
      published((100 * 5846) / 6437),
      9,
    );
    // North East 3: North Tyneside 1,986 / 2,111, South Tyneside 1,470 / 1,646, Sunderland 2,554 / 2,806,
    // Gateshead 1,801 / 1,969; in all 7,811 / 8,532.
    expect(value('eet_sustained_pct', 'north-east-3', '2021/22', 'total')).toBeCloseTo(
      published((100 * 7811) / 8532),
      9,
    );
    // ... and apprenticeships alone (appren): North East 1 38 + 35 + 56 + 87 = 216, North East 3 79 + 118 + 183 +
    // 77 = 457.
    expect(value('apprenticeship_pct', 'north-east-1', '2021/22', 'total')).toBeCloseTo(
      published((100 * 216) / 6437),
      9,
    );
    expect(value('apprenticeship_pct', 'north-east-3', '2021/22', 'total')).toBeCloseTo(
      published((100 * 457) / 8532),
      9,
    );

    // nccis-neet-la/UD_NEETNK_LA_dashboard_final_2024.csv (2023/24), Local authority rows, Age 16-17: NEET or not
    // known pooled by cohort, sum(NEET_not_known_percent x Cohort_DJFavg) / sum(Cohort_DJFavg).
    // North East 1: Hartlepool 5.6 x 2,350, Middlesbrough 3.9 x 3,349, Redcar and Cleveland 6.1 x 3,267,
    // Stockton-on-Tees 7.0 x 4,904, over 13,870.
    const ne1 = (5.6 * 2350 + 3.9 * 3349 + 6.1 * 3267 + 7 * 4904) / 13870;
    expect(value('neet_or_not_known_pct', 'north-east-1', '2023/24', 'all')).toBeCloseTo(published(ne1), 9);
    // North East 3: North Tyneside 5.4 x 4,763, South Tyneside 5.7 x 3,349, Sunderland 5.0 x 6,571,
    // Gateshead 4.5 x 3,980, over 18,663.
    const ne3 = (5.4 * 4763 + 5.7 * 3349 + 5 * 6571 + 4.5 * 3980) / 18663;
    expect(value('neet_or_not_known_pct', 'north-east-3', '2023/24', 'all')).toBeCloseTo(published(ne3), 9);

    // Two-tier counties have no row of their own in the file by district, and their districts are not placed:
    // a hub of counties only has no destination figure, a mixed one is computed from its other LAs; notes say so.
    const counties = row('eet_sustained_pct', 'east-midlands-3', '2021/22', 'total');
    expect(counties).toMatchObject({ value: null, symbol: 'x' });
    expect(counties?.note).toContain("no row for any of the hub's LAs");
    const mixed = row('eet_sustained_pct', 'south-east-4', '2021/22', 'total');
    expect(mixed?.value).toBeTypeOf('number');
    expect(mixed?.note).toContain('no row for East Sussex (E10000011), Hampshire (E10000014), Kent (E10000016)');
    // One warning per hub and file with an LA the file lacks, never one per row, saying why counties are absent.
    expect(result.warnings.length).toBeLessThan(40);
    expect(result.warnings.map((w) => w.message)).toContain(
      'no rows for Leicestershire (E10000018), Lincolnshire (E10000019), Nottinghamshire (E10000024), so this file ' +
        'gives no figures for the East Midlands 3 (synthetic grouping) hub; the file is by LA district, and counties ' +
        'are in it only as their districts: list the district codes in the hub to place them',
    );
  });

  it('writes the HTML report, with the hubs ranked in dot plots', async () => {
    const term = memoryTerminal();
    const code = await reportCommand(
      {
        cwd: ROOT,
        env: {},
        config: CONFIG,
        year,
        out,
        formats: ['html'],
        hub: undefined,
        browser: undefined,
        sdc: true,
        version: '0.0.0-test',
      },
      term,
    );
    expect(code).toBe(0);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    for (const name of ['North East 1 (synthetic grouping)', 'London Central', 'South West 4 (synthetic grouping)'])
      expect(html).toContain(name);
    expect(html).toContain('hubs ranked, with 95% confidence intervals');
    expect(html).not.toMatch(/NaN|undefined/);
  });
});
