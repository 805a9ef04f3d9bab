import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { HubIndex } from '../../src/config/hub-index.js';
import { neetReader } from '../../src/ingest/neet.js';
import { publicRows } from '../../src/metrics/metric-table.js';
import { neetMetrics } from '../../src/metrics/neet.js';
import type { AcademicYear } from '../../src/model/year.js';
import { roundPeopleCounts } from '../../src/sdc/rounding.js';
import { HAS_REAL_DATA, realFile } from '../real-data.js';

describe.skipIf(!HAS_REAL_DATA)('NEET numerators are estimates, not counts of people', () => {
  it("marks Central's 2020/21 NEET numerator (rate x cohort) as an estimate in metrics.json", async () => {
    // UD_NEETNK_LA_dashboard_2021_vg_removed.csv, geographic_level Local authority, Central's 11 boroughs with a row
    // (no City of London): sum(NEET_percent x Cohort_DJFavg / 100) = 973.454 of 49,670 (Python, csv module).
    const file = realFile('nccis-neet-la', 'UD_NEETNK_LA_dashboard_2021_vg_removed.csv');
    const rows = (await neetReader.read(file, { activityLabels: {} })).records;
    const out = neetMetrics({
      rows,
      hubs: new HubIndex(defaultConfig('/tmp').hubs),
      years: ['2020/21' as AcademicYear],
    });
    const central = out.find((r) => r.measure === 'neet_pct' && r.hub === 'central' && r.period === '2020/21');
    expect(central?.numerator).toBeCloseTo(973.454, 6);
    expect(central?.denominator).toBe(49670);
    expect(central?.sdc).toEqual({ counts: 'people', estimated: true });
    // Rounded like a count of people (975) but written as an estimate.
    const [published] = publicRows(roundPeopleCounts(central ? [central] : [], 5));
    expect(published).toMatchObject({ numerator: 975, denominator: 49670, estimated_counts: true });
  });
});
