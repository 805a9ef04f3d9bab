import type { MeasureInfo } from './measures.js';

/** The measures of the comparison with statistical neighbours, for the provenance annex. */
const COMPARED = [
  ['neet', 'NEET', 'neet'],
  ['not_known', 'not known', 'neet'],
  ['neet_or_not_known', 'NEET or not known', 'neet'],
  ['eet', 'sustained EET', 'destinations'],
  ['apprenticeship', 'sustained apprenticeships', 'destinations'],
] as const;

export const NEIGHBOUR_MEASURES: Readonly<Record<string, MeasureInfo>> = Object.fromEntries(
  COMPARED.flatMap(([stem, label, kind]) => [
    [
      `${stem}_change_vs_neighbours_pp`,
      {
        label: `change in ${label} against similar areas`,
        kind,
        filters: 'similar areas: the statistical neighbours of the hub\u2019s LAs outside every hub, pooled as a hub',
        method:
          'hub change minus similar areas\u2019 change, percentage points; 95% interval combining the two ' +
          'Newcombe intervals by square-and-add (Zou and Donner 2008)',
      },
    ],
    [
      `${stem}_pretrend_slope_diff_pp`,
      {
        label: `pre-start trend in ${label}, hub minus similar areas`,
        kind,
        filters: 'years before the hub started (hubs[].started)',
        method:
          'weighted least-squares slope of the hub-minus-similar-areas gap, percentage points a year; 95% normal ' +
          'interval with over-dispersion from the residuals, never below sampling error',
      },
    ],
  ]),
);
