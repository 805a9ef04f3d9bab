import type { MeasureInfo } from './measures.js';

const DESIGN =
  "staggered difference-in-differences (Callaway and Sant'Anna 2021), not-yet-joined and never-joined schools as " +
  'controls, base = the last cohort before joining, cells weighted by the number of schools joining';
const FILTERS =
  'eligible mainstream schools in the register, placed in hubs by their LA; school-level KS4 destinations';
const SUBJECTS: Readonly<Record<string, string>> = {
  eet_sustained: 'sustained education, apprenticeship or employment',
  apprenticeship: 'sustained apprenticeships',
  not_sustained: 'destination not sustained',
};

function infos(id: string, subject: string): [string, MeasureInfo][] {
  const at = (label: string, method: string): MeasureInfo => ({
    label,
    kind: 'destinations',
    filters: FILTERS,
    method,
  });
  return [
    [
      `impact_${id}_att_pp`,
      at(`estimated effect of joining on ${subject}`, `${DESIGN}; 95% influence-function interval`),
    ],
    [`impact_${id}_event_pp`, at(`effect on ${subject} by years since joining`, `${DESIGN}; event study`)],
    [`impact_${id}_mde_pp`, at(`smallest detectable effect on ${subject}`, '(1.96 + 0.84) x standard error')],
    [`impact_${id}_naive_pp`, at(`members minus other schools, ${subject}`, 'difference of school means, Welch')],
    [`impact_${id}_before_gap_pp`, at(`joiners minus others before joining, ${subject}`, 'Welch difference')],
    [
      `impact_benchmarks_${id}_slope_pp`,
      at(`${subject} per extra benchmark achieved`, 'within-school slope, school and year fixed effects, clustered'),
    ],
  ];
}

/** Provenance facts of every impact measure, for Annex A. */
export const IMPACT_MEASURE_INFO: Readonly<Record<string, MeasureInfo>> = Object.fromEntries(
  Object.entries(SUBJECTS).flatMap(([id, subject]) => infos(id, subject)),
);
