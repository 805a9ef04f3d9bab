import { MISSING_SYMBOLS, type MissingSymbol } from '../../model/missing.js';
import type { InputKind } from '../../model/records.js';
import type { PlanContext } from '../context.js';
import { paragraph } from '../parts/common.js';
import { sourceWarnings } from '../parts/warnings.js';
import {
  countWord,
  eventStudyMethod,
  INPUT_TITLES,
  listNames,
  multiplicityMethod,
  NCCIS_ESTIMATED_COUNTS,
} from '../phrases/index.js';
import type { Section } from '../types.js';

const KIND_NAMES: Readonly<Record<InputKind, string>> = {
  institutions: 'Institutions register',
  compass: 'Compass self-assessments',
  destinations: 'KS4 destination measures (DfE)',
  neet: 'NEET and not known at 16 to 17 (NCCIS)',
  activities: 'Activity logs',
};

/** Introduction and methodology: the data used, definitions, statistical methods, disclosure control, limitations. */
export function methodSections(ctx: PlanContext): Section[] {
  const { input } = ctx;
  const sdc = input.config.sdc;
  const warnings = input.warnings.filter((w) => w.severity === 'warning');
  const limitations = [
    ...(input.metrics.absent.length
      ? [
          `These inputs were not supplied, so their measures are absent: ` +
            `${input.metrics.absent.map((k) => KIND_NAMES[k]).join(', ')}.`,
        ]
      : []),
    ...staleInputs(ctx),
    ...sourceWarnings(warnings, input.files).slice(0, 12),
    'Compass is a self-assessment: schools and colleges choose whether and when to complete it, so coverage varies ' +
      'by year and hub.',
    'Hub figures for destinations and NEET are for the local authorities each hub covers, not only for hub member ' +
      'institutions.',
  ];
  return [
    {
      id: 'introduction',
      title: 'Introduction and methodology',
      level: 1,
      pageBreak: true,
      blocks: [
        paragraph(
          `This evaluation covers ${ctx.hubs.length === 1 ? `the ${ctx.hubs[0]!.name} hub` : listNames(ctx.hubs)} ` +
            `up to the ${input.year} academic year (1 September to 31 August). It draws on the sources listed by ` +
            `title and publisher in Annex A: ${sourceList(ctx)}. Each was read as published and checked row by ` +
            `row, and every figure in the report can be traced to its source.`,
        ),
      ],
    },
    {
      id: 'definitions',
      title: 'Definitions',
      level: 2,
      blocks: [
        {
          kind: 'bullets',
          items: [
            'Gatsby Benchmark fully achieved: a Compass score of 100% on that benchmark. The average number fully ' +
              'achieved is the mean, over institutions completing Compass in the year, of how many of the eight ' +
              'benchmarks each fully achieved; an institution that completed Compass more than once in a year ' +
              'counts once, with its latest return.',
            'Compass coverage: institutions completing Compass as a share of institutions eligible for hub ' +
              'membership in the register.',
            'Hub membership: an eligible institution is a member in a year if it joined in or before that year.',
            `Sustained EET: the DfE key stage 4 destination measure of pupils in sustained education, ` +
              `apprenticeship or employment for at least six months in the year after KS4; KS4 cohorts are labelled ` +
              `by the year pupils finished KS4. Hub rates pool the counts of the hub's local authorities; ` +
              `${ctx.comparator} is the national rate for the same institution group.`,
            'NEET: 16 and 17 year olds not in education, employment or training, as a share of those known to their ' +
              'local authority, averaged over December to February (NCCIS).',
            'SME: an employer with fewer than 250 employees (micro, small or medium). SMEs are counted once per hub.',
          ].map((text) => ({ text, refs: [] })),
        },
      ],
    },
    {
      id: 'methods',
      title: 'Statistical methods',
      level: 2,
      blocks: [
        {
          kind: 'bullets',
          items: [
            'Proportions carry a 95% Wilson score interval (Wilson 1927; Newcombe 1998, method 3).',
            'Changes are measured since the hubs began: from the last KS4 cohort or year before the start to the ' +
              'latest. The change over the years before the start is reported apart and described as before the ' +
              'hubs.',
            "A hub's rates pool whole local authorities, which vary around each other far more than sampling " +
              'pupils would. The interval of a change in a pooled rate therefore treats the local authority as the ' +
              'unit: the linearised variance of a ratio with areas as clusters (Cochran 1977, section 6.10; the ' +
              'cluster-robust variance with its small-sample factor), never below the binomial variance, with ' +
              'Student t limits on one fewer degrees of freedom than areas (Cameron and Miller 2015). In a ' +
              'simulation of 1,000 hubs of nine areas this interval covered the true change in 94.6% of them, the ' +
              'binomial interval in 70.5%. The binomial interval is kept in the metrics as a sensitivity.',
            `${ctx.comparator}'s change is the national figure, with Newcombe's interval (Newcombe 1998, method 10). ` +
              'NEET and not known counts are rebuilt from rates published to one decimal place: they are estimates, ' +
              "and the rounding error of each end ((0.1 percentage points)² / 12) is added to the national change's " +
              "interval; an area's own rounding is part of the variation between areas.",
            'A change is called a rise or fall only when its interval, before any rounding, excludes zero; ' +
              'otherwise it is reported as no clear change. Printed limits carry as many decimals as they need to ' +
              'agree with the word, and the report says the same with and without disclosure control.',
            multiplicityMethod(input.config.evaluation.primaryOutcomes, ctx.comparator),
            eventStudyMethod(ctx.comparator),
            `Gaps to ${ctx.comparator} treat the national rate as fixed (it includes the hub's own pupils), so the ` +
              `interval is the hub's Wilson interval less the national rate.`,
            'Average benchmarks achieved carry a 95% Student t interval; trends are least-squares slopes across years.',
            'Destination percentages are computed from unrounded counts and printed to one decimal place.',
          ].map((text) => ({ text, refs: [] })),
        },
      ],
    },
    {
      id: 'disclosure',
      title: 'Statistical disclosure control',
      level: 2,
      blocks: [
        paragraph(
          input.metrics.sdcApplied
            ? `Counts of people below ${countWord(sdc.threshold)} are suppressed and shown as c, as are rates ` +
                `whose numerator or denominator is below ${countWord(sdc.threshold)}, and figures built from ` +
                `fewer than ${countWord(sdc.minInstitutions)} institutions. Where one cell of a total is ` +
                'suppressed, another is suppressed too so that it cannot be worked out by subtraction.' +
                ` Published counts of people are rounded to the nearest ` +
                `${countWord(sdc.rounding)}; rates are computed before rounding.` +
                (ctx.has('neet') ? NCCIS_ESTIMATED_COUNTS : '') +
                ' Symbols follow DfE practice: ' +
                `${(['c', 'x', 'z', 'low'] as MissingSymbol[]).map((s) => `${s} = ${MISSING_SYMBOLS[s]}`).join('; ')}.`
            : 'NOT FOR PUBLICATION: this report was produced without disclosure control (--no-sdc) and may identify ' +
                'individuals. It is for internal checking only.',
        ),
      ],
    },
    {
      id: 'limitations',
      title: 'Limitations of the data',
      level: 2,
      blocks: [{ kind: 'bullets', items: limitations.map((text) => ({ text, refs: [] })) }],
    },
  ];
}

/** Inputs whose latest data is before the reporting year (destinations always lag, so they are not listed). */
function staleInputs(ctx: PlanContext): string[] {
  const out: string[] = [];
  for (const kind of ['compass', 'institutions', 'neet', 'activities'] as const) {
    const periods = ctx.input.metrics.coverage
      .filter((c) => c.kind === kind)
      .flatMap((c) => c.periods)
      .sort();
    const latest = periods[periods.length - 1];
    if (latest && latest < ctx.input.year)
      out.push(
        `The ${KIND_NAMES[kind]} data end in ${latest}, before the reporting year ${ctx.input.year}: its figures ` +
          `stop there.`,
      );
  }
  return out;
}

/** "Compass self-assessments (The Careers & Enterprise Company), Key stage 4 destination measures (…) and …" */
function sourceList(ctx: PlanContext): string {
  const kinds = (Object.keys(KIND_NAMES) as InputKind[]).filter((k) => ctx.input.files.some((f) => f.kind === k));
  const names = kinds.map((k) => `${INPUT_TITLES[k].title} (${INPUT_TITLES[k].publisher})`);
  const surveys = (ctx.input.evidence?.surveys ?? []).map((s) => s.title.toLowerCase());
  const all = [...names, ...(ctx.input.metrics.neighbours ? ['the DfE statistical neighbours'] : []), ...surveys];
  return all.length > 1 ? `${all.slice(0, -1).join('; ')}; and ${all[all.length - 1]}` : (all[0] ?? 'none');
}
