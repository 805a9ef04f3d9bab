import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realDataConfig } from '../../scripts/samples/england-hubs.js';
import { parseAcademicYear } from '../../src/config/year.js';
import type { MetricRow } from '../../src/model/metric.js';
import { readAndCompute } from '../../src/pipeline/read-and-compute.js';
import { HAS_REAL_DATA, REAL_DATA, realFile } from '../real-data.js';
import { type Relations, recoverableBySubtraction } from '../sdc/subtraction.js';

/**
 * The property of disclosure control on the real DfE files: no withheld cell can be worked out by subtraction from
 * published ones. The relations are written out here, apart from the margins disclosure control was given.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const year = parseAcademicYear('2023/24')!;
const out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-real-sdc-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const DESTINATIONS = ['eet_sustained_pct', 'apprenticeship_pct', 'not_sustained_pct', 'unknown_pct'];
const RELATIONS: Relations = {
  // KS4 destinations: disadvantaged and other pupils make up the total.
  partitions: Object.fromEntries(DESTINATIONS.map((m) => [m, [['disadvantaged', 'not_disadvantaged']]])),
  totals: Object.fromEntries(DESTINATIONS.map((m) => [m, 'total'])),
  complements: [
    // Sustained, not sustained and unknown make up the cohort each row publishes as its denominator.
    ['eet_sustained_pct', 'not_sustained_pct', 'unknown_pct'],
    // NEET and not known make up NEET or not known, on the same cohort.
    ['neet_or_not_known_pct', 'neet_pct', 'not_known_pct'],
  ],
};

const destinationInputs = [
  realFile('ks4-dest-lad-lsip', 'data-key-stage-4-destination-measures.csv'),
  realFile('ks4-dest-nat-lsip', 'ks4_dm_ud_202223_nat_rev.csv'),
];

async function run(name: string, config: object) {
  const file = path.join(out, `${name}.config.json`);
  writeFileSync(file, JSON.stringify(config));
  return readAndCompute({ cwd: ROOT, config: file, year, sdc: true });
}

describe.skipIf(!HAS_REAL_DATA)('no withheld cell is recoverable by subtraction on the real DfE files', () => {
  it('Isles of Scilly as a hub of its own: its 1 apprentice is withheld, and so is a second hub', async () => {
    const result = await run('south-west', {
      hubs: [
        {
          id: 'scilly',
          name: 'Isles of Scilly',
          localAuthorities: [{ oldCode: '420', newCode: 'E06000053', name: 'Isles of Scilly' }],
        },
        {
          id: 'cornwall',
          name: 'Cornwall',
          localAuthorities: [{ oldCode: '908', newCode: 'E06000052', name: 'Cornwall' }],
        },
        {
          id: 'plymouth-torbay',
          name: 'Plymouth and Torbay',
          localAuthorities: [
            { oldCode: '879', newCode: 'E06000026', name: 'Plymouth' },
            { oldCode: '880', newCode: 'E06000027', name: 'Torbay' },
          ],
        },
      ],
      inputs: { destinations: destinationInputs, neet: `${REAL_DATA}/nccis-neet-la/*.csv` },
    });
    const rows = result.metrics.rows;
    const cell = (measure: string, hub: string) =>
      rows.find((r) => r.measure === measure && r.hub === hub && r.period === '2021/22' && r.breakdown === 'total');
    // ks4-dest-lad-lsip/data-key-stage-4-destination-measures.csv, time_period 202223 (the 2021/22 cohort),
    // State-funded mainstream schools, Total: appren Isles of Scilly 1 of 15, Plymouth 235 of 2,684, Torbay 47 of
    // 1,501, Cornwall 256 of 5,465. Scilly's 1 is under the threshold of 5; were Plymouth and Torbay's 282
    // published, it would be all (539) minus Cornwall (256) minus 282, so that cell is withheld too.
    expect(cell('apprenticeship_pct', 'scilly')).toMatchObject({ symbol: 'c', value: null, numerator: null });
    expect(cell('apprenticeship_pct', 'plymouth-torbay')).toMatchObject({ symbol: 'c', value: null });
    expect(cell('apprenticeship_pct', 'cornwall')).toMatchObject({ value: 4.7, numerator: 255, denominator: 5465 });
    expect(cell('apprenticeship_pct', 'all')).toMatchObject({ value: 5.6, numerator: 540, denominator: 9665 });
    const { checked, recoverable } = recoverableBySubtraction(
      rows,
      result.config.hubs.map((h) => h.id),
      RELATIONS,
    );
    expect(rows.filter((r) => r.symbol === 'c').length).toBeGreaterThan(2);
    // The check finds the cell it should: with Plymouth and Torbay published, Scilly's is all minus the others.
    const secondary = cell('apprenticeship_pct', 'plymouth-torbay')!;
    const unprotected = rows.map((r) => (r === secondary ? { ...r, symbol: '' as const, value: 10.5 } : r));
    expect(
      recoverableBySubtraction(unprotected, ['scilly', 'cornwall', 'plymouth-torbay'], RELATIONS).recoverable,
    ).toEqual(['apprenticeship_pct|scilly|2021/22|total']);
    expect(checked).toBeGreaterThan(100);
    expect(recoverable).toEqual([]);
  });

  it('England in 36 groups of LAs: every relation across hubs, breakdowns and complements', async () => {
    const result = await run('england', realDataConfig(REAL_DATA));
    const rows: readonly MetricRow[] = result.metrics.rows;
    const { checked, recoverable } = recoverableBySubtraction(
      rows,
      result.config.hubs.map((h) => h.id),
      RELATIONS,
    );
    expect(result.config.hubs).toHaveLength(36);
    expect(checked).toBeGreaterThan(500);
    expect(recoverable).toEqual([]);
  });
});
