import { type Cell, csvText, fixed1 } from './csv-text.js';
import { addCounts, type Counts, LATER_MEASURES, MEASURES, percentOf } from './destination-counts.js';
import { type CohortCounts, type GroupCounts, londonDestinations, nationalDestinations } from './destination-model.js';
import { EES_LA_COLUMNS, EES_NATIONAL_COLUMNS } from './ees-columns.js';
import { DESTINATION_COHORTS } from './evaluation-targets.js';
import { ENGLAND, LONDON_LAS, LONDON_REGION } from './london-areas.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/** Header of the EES LA-level file ks4_dm_ud_202223_la_rev.csv. */
export const LA_HEADER = [
  ...EES_LA_COLUMNS,
  'institution_group',
  'institution_type',
  'breakdown_topic',
  'breakdown',
  'data_type',
  'version',
  'inst_count',
  ...MEASURES,
];
/** Header of the real national file ks4_dm_ud_202223_nat_rev.csv (no region or LA columns). */
export const NATIONAL_HEADER = [
  ...EES_NATIONAL_COLUMNS,
  'institution_group',
  'institution_type',
  'breakdown_topic',
  'breakdown',
  'data_type',
  'version',
  'inst_count',
  ...MEASURES,
];

const GROUPS = ['State-funded mainstream schools', 'State-funded mainstream & special schools'] as const;
const BREAKDOWNS = [
  ['Total', 'Total'],
  ['Disadvantage Status', 'Disadvantaged'],
  ['Disadvantage Status', 'Not disadvantaged'],
] as const;

interface Area {
  /** Columns between country_name and institution_group (region and LA columns; none in the national file). */
  readonly place: readonly string[];
  readonly level: string;
  /** LA rows carry DfE small-number suppression; aggregates (region, nation) do not. */
  readonly suppress: boolean;
  readonly series: readonly CohortCounts[];
}

export function buildDestinations(rng: Rng): SampleFile[] {
  const london = londonDestinations(rng.fork('london'));
  const laAreas: Area[] = LONDON_LAS.map((la) => ({
    place: [LONDON_REGION.code, LONDON_REGION.name, la.oldCode, la.newCode, la.name],
    level: 'Local authority',
    suppress: true,
    series: london.get(la.newCode) ?? [],
  }));
  const region: Area = {
    place: [LONDON_REGION.code, LONDON_REGION.name, '', '', ''],
    level: 'Regional',
    suppress: false,
    series: sumSeries(laAreas.map((a) => a.series)),
  };
  const nation: Area = {
    place: [],
    level: 'National',
    suppress: false,
    series: nationalDestinations(rng.fork('national')),
  };
  return [
    {
      path: 'destinations/synthetic_ks4_destinations_la.csv',
      text: csvText(LA_HEADER, rowsFor([region, ...laAreas]), { quoteAll: true }),
    },
    {
      path: 'destinations/synthetic_ks4_destinations_national.csv',
      text: csvText(NATIONAL_HEADER, rowsFor([nation]), { quoteAll: true }),
    },
  ];
}

/** Newest destination year first, as EES files list them; then area, group, breakdown, counts before percentages. */
function rowsFor(areas: readonly Area[]): Cell[][] {
  const rows: Cell[][] = [];
  for (let k = DESTINATION_COHORTS.length - 1; k >= 0; k--) {
    const cohortStart = DESTINATION_COHORTS[k] ?? 0;
    const timePeriod = `${cohortStart + 1}${String((cohortStart + 2) % 100).padStart(2, '0')}`;
    for (const area of areas) {
      const c = area.series[k];
      if (!c) continue;
      for (const group of GROUPS) {
        const g = group === GROUPS[0] ? c.mainstream : combine(c.mainstream, c.special);
        for (const [topic, breakdown] of BREAKDOWNS) {
          const counts =
            breakdown === 'Total'
              ? addCounts(g.disadvantaged, g.notDisadvantaged)
              : breakdown === 'Disadvantaged'
                ? g.disadvantaged
                : g.notDisadvantaged;
          const instCount: Cell = breakdown === 'Total' ? g.instCount : 'z';
          const lead = (dataType: string): Cell[] => [
            timePeriod,
            'Academic year',
            area.level,
            ENGLAND.code,
            ENGLAND.name,
            ...area.place,
            group,
            'Total',
            topic,
            breakdown,
            dataType,
            'Revised',
            instCount,
          ];
          const cells = measureCells(counts, k === 0, area.suppress);
          rows.push([...lead('Number of pupils'), ...cells.map((x) => x.count)]);
          rows.push([...lead('Percentage'), ...cells.map((x) => x.percent)]);
        }
      }
    }
  }
  return rows;
}

/**
 * The count and percentage cell of each measure, with the EES symbols: `z` for columns the first cohort lacks,
 * `c` for counts of 1 or 2 in an LA (and all of a suppressed cohort), `low` for a positive % that rounds to 0.0
 * (as the real national file uses it), `0.0` for none.
 */
function measureCells(counts: Counts, firstCohort: boolean, suppress: boolean): { count: Cell; percent: Cell }[] {
  const small = (v: number) => suppress && v >= 1 && v <= 2;
  const cohortHidden = small(counts.cohort);
  return MEASURES.map((m) => {
    const v = counts[m];
    if (firstCohort && LATER_MEASURES.has(m)) return { count: 'z', percent: 'z' };
    if (cohortHidden || small(v)) return { count: 'c', percent: 'c' };
    if (m === 'cohort') return { count: v, percent: v };
    const pct = percentOf(counts, m);
    return { count: v, percent: v === 0 ? '0.0' : pct < 0.05 ? 'low' : fixed1(pct) };
  });
}

function combine(a: GroupCounts, b: GroupCounts): GroupCounts {
  return {
    instCount: a.instCount + b.instCount,
    disadvantaged: addCounts(a.disadvantaged, b.disadvantaged),
    notDisadvantaged: addCounts(a.notDisadvantaged, b.notDisadvantaged),
  };
}

/** The region is the sum of its LAs' unsuppressed counts. */
function sumSeries(all: readonly (readonly CohortCounts[])[]): CohortCounts[] {
  return DESTINATION_COHORTS.map((_, k) => {
    const at = all.map((s) => s[k]).filter((c): c is CohortCounts => c !== undefined);
    const sum = (pick: (c: CohortCounts) => GroupCounts): GroupCounts => ({
      instCount: at.reduce((s, c) => s + pick(c).instCount, 0),
      disadvantaged: addCounts(...at.map((c) => pick(c).disadvantaged)),
      notDisadvantaged: addCounts(...at.map((c) => pick(c).notDisadvantaged)),
    });
    return { mainstream: sum((c) => c.mainstream), special: sum((c) => c.special) };
  });
}
