import { describe, expect, it } from 'vitest';
import { buildInstitutions } from '../../scripts/samples/institutions.js';
import { createRng } from '../../scripts/samples/prng.js';
import { DEFAULT_SEED, INSTITUTIONS } from '../../scripts/samples/sample-set.js';
import { SUPPRESS_BELOW } from '../../scripts/samples/school-destinations.js';
import {
  PLANTED_EFFECT,
  type PlantedCounts,
  plantedPanel,
  plantedSchools,
  plantedSelection,
  SCHOOL_COHORTS,
  selectionPart,
  sumCounts,
} from '../../scripts/samples/school-destinations-model.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { impactDidOptions, MIN_LA_CLUSTERS } from '../../src/metrics/impact.js';
import { type PanelUnit, staggeredDid } from '../../src/stats/staggered-did.js';

/**
 * The overall effect as `metrics` estimates it on the samples: the samples' register (its eligible mainstream
 * schools and their LAs and join years), cohorts 2015/16-2022/23 drawn from the planted model that writes the sample
 * files, counts of 1-2 withheld as the files withhold them (that cohort unobserved, never 0), and the estimator's
 * options from metrics/impact.ts, which cluster by LA (the samples span 33 LAs, at least MIN_LA_CLUSTERS) with
 * t(C − 1) critical values. Each panel redraws every school's level and sampling noise.
 *
 * 400 panels put the coverage's simulation error at ±1.1 points (one SE), so the 93-97% band is about ±1.8 SE.
 */
const PANELS = 400;
const MEASURES = ['overall', 'appren', 'all_notsust'] as const;
type Measure = (typeof MEASURES)[number];

const root = createRng(DEFAULT_SEED);
const institutions = buildInstitutions(root.fork('institutions'), INSTITUTIONS);
const schools = plantedSchools(root.fork('school-destinations').fork('schools'), institutions);
/** The samples' config sets no sdc, so the defaults apply (minInstitutions 3; cells need 5 schools). */
const SDC = defaultConfig('.').sdc;
const last = SCHOOL_COHORTS[SCHOOL_COHORTS.length - 1] as number;
const member = (u: PanelUnit) => u.group !== null && u.group <= last;

interface Draw {
  readonly value: number;
  readonly se: number;
  readonly covered: boolean;
  readonly naive: number;
  readonly clusters: number;
  readonly clustered: boolean;
}

function simulate(): Map<Measure, Draw[]> {
  const rng = createRng(20261203);
  const out = new Map<Measure, Draw[]>(MEASURES.map((m) => [m, []]));
  for (let k = 0; k < PANELS; k++) {
    const cohorts = plantedPanel(rng, schools, SCHOOL_COHORTS);
    for (const m of MEASURES) {
      const rates = new Map<string, Map<number, number>>();
      for (const c of cohorts) {
        const rate = published(sumCounts(c.disadvantaged, c.other), m);
        if (rate === undefined) continue;
        const byYear = rates.get(c.urn) ?? new Map<number, number>();
        byYear.set(c.cohortYear, rate);
        rates.set(c.urn, byYear);
      }
      const panel: PanelUnit[] = schools.map((s) => ({
        id: s.urn,
        cluster: s.la,
        group: s.joined,
        y: rates.get(s.urn) ?? new Map(),
      }));
      const options = impactDidOptions(panel, SDC);
      const o = staggeredDid(panel, options).overall;
      if (!o) throw new Error('no overall estimate');
      const at = (us: PanelUnit[]) => us.flatMap((u) => (u.y.has(last) ? [u.y.get(last) as number] : []));
      // The naive comparison metrics prints beside it: members by the last cohort minus the others, school means.
      const naive = mean(at(panel.filter(member))) - mean(at(panel.filter((u) => !member(u))));
      const truth = PLANTED_EFFECT[m];
      out.get(m)?.push({
        value: o.value,
        se: o.se,
        covered: o.low <= truth && truth <= o.high,
        naive,
        clusters: options.clusters,
        clustered: options.cluster,
      });
    }
  }
  return out;
}

/** A school's rate as the sample file lets it be read: undefined where the count or the cohort is withheld. */
function published(n: PlantedCounts, m: Measure): number | undefined {
  const shown = (v: number) => v === 0 || v >= SUPPRESS_BELOW;
  return shown(n[m]) && shown(n.cohort) && n.cohort > 0 ? (100 * n[m]) / n.cohort : undefined;
}

/** The naive gap's planted bias: the members' mean selection (never-joined and later joiners have none by 2022/23). */
function plantedGap(m: Measure): number {
  const members = schools.filter((s) => s.joined !== null && s.joined <= last);
  return mean(members.map((s) => selectionPart(m, plantedSelection(s.joined))));
}

function sd(xs: readonly number[]): number {
  const mu = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - mu) ** 2, 0) / (xs.length - 1));
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

describe(`impact estimate, clustered by LA as metrics runs it: ${PANELS} simulated sample panels`, () => {
  const draws = simulate();
  const summary = (m: Measure) => {
    const d = draws.get(m) as Draw[];
    return {
      coverage: d.filter((x) => x.covered).length / d.length,
      bias: mean(d.map((x) => x.value)) - PLANTED_EFFECT[m],
      se: mean(d.map((x) => x.se)),
      naiveBias: mean(d.map((x) => x.naive)) - PLANTED_EFFECT[m],
      naiveError: sd(d.map((x) => x.naive)) / Math.sqrt(d.length),
    };
  };
  for (const m of MEASURES) {
    const s = summary(m);
    console.log(
      `${m}: coverage ${s.coverage}, bias ${s.bias.toFixed(4)}, mean SE ${s.se.toFixed(4)}, ` +
        `naive bias ${s.naiveBias.toFixed(3)} (planted ${plantedGap(m).toFixed(3)})`,
    );
  }

  it('uses the options metrics uses on the samples: clustered by LA over 33 LAs', () => {
    const d = draws.get('overall') as Draw[];
    expect(d).toHaveLength(PANELS);
    expect(new Set(schools.map((s) => s.la)).size).toBe(33);
    expect(33).toBeGreaterThanOrEqual(MIN_LA_CLUSTERS);
    expect(d.every((x) => x.clustered && x.clusters === 33)).toBe(true);
  });

  it.each(MEASURES)('%s: the 95%% interval covers the planted effect in 93-97%% of panels', (m) => {
    const { coverage } = summary(m);
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });

  it.each(MEASURES)('%s: the bias is under a tenth of the standard error', (m) => {
    const { bias, se } = summary(m);
    expect(Math.abs(bias)).toBeLessThan(se / 10);
  });

  it.each(MEASURES)(
    '%s: the naive members-minus-others gap is biased in the planted direction, by the selection',
    (m) => {
      // Early joiners start higher in sustained destinations and apprenticeships, lower in not sustained.
      const { naiveBias, naiveError } = summary(m);
      const direction = m === 'all_notsust' ? -1 : 1;
      expect(direction * naiveBias).toBeGreaterThan(4 * naiveError);
      expect(Math.abs(naiveBias - plantedGap(m))).toBeLessThan(4 * naiveError);
    },
  );

  it('the planted selection gaps are those the samples README states: members start higher in sustained EET', () => {
    // Members by 2022/23 average a selection of 0.5 a year before 2022/23 that they joined (3 for 2016/17 joiners).
    expect(plantedGap('overall')).toBeGreaterThan(1);
    expect(plantedGap('appren')).toBeCloseTo(plantedGap('overall') / 5, 12);
    expect(plantedGap('all_notsust')).toBeCloseTo(-0.7 * plantedGap('overall'), 12);
  });
});
