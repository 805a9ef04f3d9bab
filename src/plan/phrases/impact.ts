import { classifyInterval } from '../../stats/change.js';

/** The impact chapter: the estimated effect of joining a hub, the design, its limits and its checks. */

/** What an impact estimate is about, in running text. */
export const IMPACT_SUBJECTS: Readonly<Record<string, string>> = {
  eet_sustained: 'the share of pupils in sustained education, apprenticeship or employment',
  apprenticeship: 'the share of pupils starting a sustained apprenticeship',
  not_sustained: 'the share of pupils whose destination was not sustained',
};

export interface ImpactFacts {
  readonly subject: string;
  /** As printed: "1.4 percentage points", "1.2 to 1.7". */
  readonly value: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly interval: string;
  readonly mde: string;
}

/**
 * The overall effect of joining, worded from its unrounded 95% interval: "we estimate … raised/lowered" only when
 * the interval excludes zero, else "no clear effect"; never "caused". The smallest detectable effect follows.
 */
export function impactSentence(f: ImpactFacts): string {
  const kind = classifyInterval(f.low, f.high);
  const clear = kind === 'higher' || kind === 'lower';
  const dir = kind === 'higher' ? 'raised' : 'lowered';
  const lead = clear
    ? `We estimate that joining a hub ${dir} ${f.subject} in its schools by ${f.value.replace(/^-/, '')}`
    : `We find no clear effect of joining a hub on ${f.subject} (estimate ${f.value}`;
  const rest = clear ? ` (95% confidence interval ${f.interval})` : `, 95% confidence interval ${f.interval})`;
  return (
    `${lead}${rest}, comparing schools that joined with those that had not yet joined. ` +
    `The smallest effect this design could detect is ${f.mde.replace(/^-/, '')}.`
  );
}

/** The design in plain words, for the impact chapter and the executive summary. */
export function impactDesignParagraph(): string {
  return (
    'Schools joined their hub in different years. For each group of schools that joined in the same year, we ' +
    "compare each school's change in destinations since its last cohort before joining with the change, over the " +
    'same years, in schools that had not yet joined (staggered difference-in-differences, Callaway and ' +
    "Sant'Anna 2021). Schools that joined early may differ from the others in level; the design allows that, but " +
    'not a difference in trend, which the years before joining test.'
  );
}

export function impactLimitsParagraph(): string {
  return (
    'Limits: schools chose when to join, so a school that joined when its destinations were about to improve for ' +
    'other reasons would inflate the estimate; schools that had not yet joined were often already working with ' +
    'the hub, which would shrink it; a suppressed school figure (1 or 2 pupils) leaves that school out of the ' +
    'year, which can bias the rarer outcomes; and Compass benchmarks are self-assessed. These are estimates, not ' +
    'proof that the hubs caused any change.'
  );
}

export function placeboSentence(failing: readonly string[]): string {
  return failing.length
    ? `Before joining, joiners' destinations already moved apart from the others' (${failing.join(', ')}): the ` +
        'parallel-trends check fails there, and the estimate may mislead.'
    : "In the years before joining, joiners' destinations moved with the others' (no lead excludes zero): the " +
        'parallel-trends check passes.';
}

export function selectionSentence(gap: string, naive: string, estimate: string): string {
  return (
    `Schools that went on to join started ${gap} apart from the others before any had joined, ` +
    `and a naive comparison of members with other schools in the latest cohort gives ${naive}, against the ` +
    `estimate of ${estimate}: comparing members with everyone else mixes the hubs' effect with who joined.`
  );
}

export function doseSentence(subject: string, slope: string, interval: string, clear: boolean): string {
  return (
    `Within schools, each extra Gatsby Benchmark fully achieved went with a change of ${slope} in ${subject} ` +
    `(95% confidence interval ${interval})${clear ? '' : ', no clear association'}. This is an association ` +
    'within schools ' +
    'over time, not an effect: schools may work on benchmarks and destinations at the same time.'
  );
}

export function noSchoolFilesParagraph(): string {
  return (
    'This chapter needs KS4 destinations by school, which no configured file gives. Add the DfE school-level ' +
    'files to inputs.destinations: the explore-education-statistics "ees_ks4_inst" open data (KS4 destination ' +
    'measures, school level, one file per cohort) or the school performance tables download ' +
    '(england_ks4-pupdest.csv, given as { "file": ..., "cohort": "2016/17" }), with the register of when each ' +
    'school joined.'
  );
}

export function impactSummarySentence(f: ImpactFacts | undefined): string {
  return f
    ? `Did the hubs make a difference? ${impactSentence(f)}`
    : 'Did the hubs make a difference? Without KS4 destinations by school this report cannot estimate it.';
}

/**
 * The rest of the answer to "Do Careers Hubs work?", beside the school-level estimate: what the surveys,
 * disadvantaged pupils, special schools and alternative provision show, each with the word its design supports
 * (a description of respondents; an association in the areas, not an effect; exploratory where it is one of many
 * comparisons). Each clause is given only where its data exist.
 */
export interface BeyondFacts {
  /** "school and college staff", the question, "84.8% (n=110)". */
  readonly survey?: { readonly respondents: string; readonly question: string; readonly share: string };
  /** The sustained EET gap (disadvantaged minus others) with its interval, and the cohort. */
  readonly disadvantage?: {
    readonly gap: string;
    readonly side: 'above' | 'below' | 'similar';
    readonly period: string;
  };
  /** Special schools and AP against mainstream: average benchmarks, each and the difference with its interval. */
  readonly sendAp?: {
    readonly period: string;
    readonly own: string;
    readonly mainstream: string;
    readonly side: 'above' | 'below' | 'similar';
  };
}

export function beyondHeadlineSentences(f: BeyondFacts): string[] {
  const out: string[] = [];
  if (f.survey)
    out.push(
      `Of ${f.survey.respondents} asked “${f.survey.question}”, ${f.survey.share} answered favourably: this ` +
        'describes those who chose to answer, not an effect.',
    );
  if (f.disadvantage)
    out.push(
      f.disadvantage.side === 'similar'
        ? `For the ${f.disadvantage.period} KS4 cohort, disadvantaged pupils in the hubs' areas sustained a ` +
            `destination about as often as other pupils (a gap of ${f.disadvantage.gap}, whose 95% confidence ` +
            'interval includes zero).'
        : `For the ${f.disadvantage.period} KS4 cohort, disadvantaged pupils in the hubs' areas were ` +
            `${f.disadvantage.side === 'below' ? 'less' : 'more'} likely than other pupils to sustain a destination ` +
            `(a gap of ${f.disadvantage.gap}, whose 95% confidence interval excludes zero): an association in the ` +
            'areas, not an effect of the hubs.',
    );
  if (f.sendAp) {
    const word =
      f.sendAp.side === 'similar'
        ? 'about as many Gatsby Benchmarks as mainstream schools'
        : `${f.sendAp.side === 'below' ? 'fewer' : 'more'} Gatsby Benchmarks on average than mainstream schools`;
    out.push(
      `In ${f.sendAp.period}, special schools and alternative provision fully achieved ${word} ` +
        `(${f.sendAp.own} against ${f.sendAp.mainstream}; the 95% confidence interval of the difference ` +
        `${f.sendAp.side === 'similar' ? 'includes' : 'excludes'} zero): exploratory, one of many comparisons, and ` +
        'an association, not an effect.',
    );
  }
  return out;
}
