import {
  type ChangeStem,
  type MeasureId,
  type NeighbourStem,
  vsEnglandId,
  vsNeighboursId,
} from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import { spanEnds } from '../../model/period.js';
import { classifyComparison, classifyDifference } from '../../stats/change.js';
import { differenceOfDifferences } from '../../stats/difference.js';
import type { PlanContext } from '../context.js';
import { ALL, ENGLAND, ends, hubsAndAll, seriesChange } from '../parts/common.js';
import { impactFacts } from '../parts/impact-facts.js';
import { startTrend, startTrends } from '../parts/start-trend.js';
import {
  type BeyondFacts,
  beyondHeadlineSentences,
  cap,
  changeCell,
  changeKind,
  changeSentence,
  countWord,
  duringPeriod,
  gapOf,
  gapPhrase,
  hubChange,
  hubChangeKind,
  hubChangesSentence,
  hubsPhrase,
  impactSummarySentence,
  intervalCell,
  listNames,
  MANY_HUBS,
  meaning,
  membershipMeaning,
  noChangeSinceStartSentence,
  noStartYearSentence,
  rowVerdict,
  START_TREND_CELL,
  START_TREND_TEST,
  startTrendWarning,
  timesPhrase,
} from '../phrases/index.js';
import { byValueThenName } from '../ranking.js';
import type { Block, Section } from '../types.js';

interface Finding {
  readonly text: string;
  readonly refs: readonly string[];
}

/**
 * The evaluation's questions, in the order the summary answers them. Each question gathers its findings from the
 * chapters that answer it; a chapter added later (a survey, targets) adds a question here.
 */
const QUESTIONS: readonly { id: string; title: string; findings: (ctx: PlanContext) => Finding[] }[] = [
  { id: 'provision', title: 'Provision: careers guidance in schools and colleges', findings: compassFindings },
  { id: 'reach', title: 'Reach: schools and colleges in the hubs', findings: membershipFindings },
  {
    id: 'outcomes',
    title: 'Outcomes: destinations and NEET',
    findings: (ctx) => [...destinationFindings(ctx), ...neetFindings(ctx)],
  },
  { id: 'participation', title: 'Participation: activities and employers', findings: participationFindings },
];

/** The executive summary: key findings grouped by the evaluation's questions, then one table comparing the hubs. */
export function summarySections(ctx: PlanContext): Section[] {
  // Many hubs are listed by name in the methodology, not here.
  const evaluated = ctx.input.hub
    ? `the ${ctx.hubs[0]!.name} Careers Hub`
    : ctx.hubs.length > MANY_HUBS
      ? `${hubsPhrase(ctx.hubs.length)} named in the methodology`
      : `${hubsPhrase(ctx.hubs.length)} (${listNames(ctx.hubs)})`;
  const groups = QUESTIONS.map((q) => ({ ...q, items: q.findings(ctx) })).filter((q) => q.items.length > 0);
  const table = comparisonTable(ctx);
  return [
    {
      id: 'summary',
      title: 'Executive summary',
      level: 1,
      pageBreak: true,
      blocks: [
        {
          kind: 'paragraph',
          text:
            `This report evaluates ${evaluated} up to the ${ctx.input.year} academic year, from the data sources ` +
            'described in the methodology. Changes are described as rises or falls, and hubs as above or below ' +
            'a comparison, only where the 95% confidence interval of the difference excludes zero; otherwise ' +
            'they are reported as no clear change or similar.',
          refs: [],
        },
        // The one-paragraph answer to "Do Careers Hubs work?", from the school-level estimates when given.
        ...(ctx.has('destinations')
          ? [{ kind: 'paragraph' as const, text: impactSummarySentence(impactFacts(ctx)), refs: [] }]
          : []),
        ...beyondHeadline(ctx),
      ],
    },
    ...groups.map(
      (q): Section => ({
        id: `summary-${q.id}`,
        title: q.title,
        level: 2,
        blocks: [{ kind: 'bullets', items: q.items }],
      }),
    ),
    ...(table ? [{ id: 'summary-comparison', title: 'The hubs compared', level: 2 as const, blocks: [table] }] : []),
  ];
}

/**
 * The rest of the answer to "Do Careers Hubs work?": the surveys, disadvantaged pupils, and special schools and
 * alternative provision, where the data exist, each word from the unrounded interval and the design's own word.
 */
function beyondHeadline(ctx: PlanContext): Block[] {
  const { m, book } = ctx;
  const refs: string[] = [];
  const focus = ctx.input.hub ?? ALL;
  const facts: BeyondFacts = {};
  const SIDE = { higher: 'above', lower: 'below', unclear: 'similar', unknown: undefined } as const;
  // The first survey question the framework names, as the experience answer gives it.
  const key = ctx.input.config.evaluation.questions.flatMap((q) => q.surveys)[0];
  const surveys = ctx.input.evidence?.surveys ?? [];
  const survey = key && surveys.find((x) => x.data.id === key.split('.')[0]);
  const row = key ? m.latest('survey_top2_pct', focus, key) : undefined;
  if (survey && row?.value != null && row.ci_low !== null && row.ci_high !== null) {
    const cited = book.citeFrom(row, {
      label: `${survey.title}: favourable answers`,
      sources: [{ file: survey.file, sha256: survey.data.sha256 }],
      filters: '',
      method: 'respondents choosing a favourable answer / respondents answering x 100; 95% Wilson score interval',
    });
    refs.push(cited.id);
    // The limits are the chapter's; the summary gives the share and its base.
    const n = row.denominator === null ? '' : ` (n=${row.denominator})`;
    const question = survey.data.questions.find((x) => x.id === key.split('.')[1])?.text ?? key;
    Object.assign(facts, {
      survey: {
        respondents: survey.respondents,
        question,
        share: `${cited.text}${n}`,
      },
    });
  }
  const gap = m.latest('eet_disadvantage_gap_pp', focus, 'total');
  const gapSide = gap?.value != null ? SIDE[rowVerdict(gap)] : undefined;
  if (gap && gapSide) {
    refs.push(book.cite(gap).id);
    Object.assign(facts, { disadvantage: { gap: book.cite(gap).text, side: gapSide, period: gap.period } });
  }
  const special = m.latest('compass_mean_benchmarks_achieved', focus, 'special_ap');
  const main = special && m.get('compass_mean_benchmarks_achieved', focus, special.period, 'mainstream');
  if (special?.value != null && main?.value != null) {
    const [a, b] = [special, main].map((r) => ({ diff: r.value!, low: r.ci_low ?? NaN, high: r.ci_high ?? NaN }));
    const d = differenceOfDifferences(a!, b!);
    const side = Number.isFinite(d.low) ? SIDE[classifyDifference(d.diff, d.low, d.high)] : undefined;
    if (side) {
      refs.push(book.cite(special).id, book.cite(main).id);
      Object.assign(facts, {
        sendAp: {
          period: special.period,
          own: book.cite(special).text,
          mainstream: book.cite(main).text,
          side,
        },
      });
    }
  }
  const sentences = beyondHeadlineSentences(facts);
  return sentences.length ? [{ kind: 'paragraph', text: sentences.join(' '), refs }] : [];
}

/** The findings of every question, in order: what tests read. */
export function summaryFindings(ctx: PlanContext): Finding[] {
  return QUESTIONS.flatMap((q) => q.findings(ctx));
}

function compassFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('compass')) return [];
  const focus = ctx.input.hub ?? ALL;
  const series = ctx.m.series('compass_mean_benchmarks_achieved', focus, ALL);
  const changeRow = ctx.m.range('compass_mean_benchmarks_change', focus, ALL);
  // The word comes from the change since the start, not from the trend over every year (some before the hubs).
  const change = seriesChange(series, changeRow, { book: ctx.book });
  const completions = ctx.m.series('compass_completions', focus, ALL);
  const out: Finding[] = [];
  if (change)
    out.push({
      text: [
        changeSentence('the average number of Gatsby Benchmarks fully achieved', change, 'mean'),
        meaning('compass', changeKind(change)),
      ]
        .filter(Boolean)
        .join(' '),
      refs: [...ends(series), ...(changeRow ? [changeRow] : [])].map((r) => ctx.book.cite(r).id),
    });
  const completionChange = seriesChange(completions, undefined, { exact: true, book: ctx.book });
  if (completionChange)
    out.push({
      text: changeSentence(
        "the number of schools and colleges in the hubs' areas completing Compass",
        completionChange,
        'count',
      ),
      refs: ends(completions).map((r) => ctx.book.cite(r).id),
    });
  return out;
}

function membershipFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('institutions')) return [];
  const focus = ctx.input.hub ?? ALL;
  const r = ctx.m.latest('membership_institutions_pct', focus, ALL);
  const p = ctx.m.latest('membership_pupils_pct', focus, ALL);
  if (!r) return [];
  const a = ctx.book.cite(r);
  const b = ctx.book.cite(p);
  return [
    {
      text:
        `By the end of ${r.period}, ${a.text} of eligible schools and colleges had joined ` +
        `${ctx.input.hub ? 'the hub' : 'a hub'}, covering ${b.text} of pupils in eligible institutions.` +
        // A census share (every eligible institution counted): "most" where it is over half.
        ((p?.value ?? 0) > 50 ? ` ${membershipMeaning()}` : ''),
      refs: [a.id, b.id],
    },
  ];
}

function destinationFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('destinations')) return [];
  const { m, book } = ctx;
  const out: Finding[] = [];
  const engRange = m.range(SINCE.eet, ENGLAND, 'total');
  const none = noChangeSinceStart(ctx, SINCE.eet, 'total', 'KS4 cohort') ?? noStart(ctx, 'eet_change_pp', SINCE.eet);
  if (none) out.push(none);
  if (engRange && engRange.value !== null) {
    const rows = ctx.hubs.map((h) => m.range(SINCE.eet, h.id, 'total'));
    const changes = ctx.hubs.map((h, k) => hubChange(h.name, rows[k]));
    const engChange = seriesChange(m.series('eet_sustained_pct', ENGLAND, 'total'), engRange, { book: ctx.book });
    const engText = engChange ? ` ${changeSentence(`the ${ctx.comparator} rate`, engChange, 'pct')}` : '';
    const kinds = changes.map(hubChangeKind);
    const allKind = (['rise', 'fall', 'no_clear_change'] as const).find((k) => kinds.every((c) => c === k)) ?? null;
    out.push({
      text:
        `Since the hubs began (KS4 cohorts ${engRange.period.replace('-', ' to ')}), ` +
        `${hubChangesSentence('the sustained EET rate', changes)}.${engText}` +
        `${allKind ? ` ${meaning('eet', allKind)}` : ''}${pretrendWarning(ctx, 'eet', 'total')}`,
      refs: [...rows, engRange].map((r) => book.cite(r).id),
    });
  }
  const last = m.periods('eet_sustained_pct').slice(-1)[0];
  if (last) {
    const rows = ctx.hubs.map((h) => m.get('eet_sustained_pct', h.id, last, 'total'));
    const gaps = ctx.hubs.map((h, k) => gapOf(h.name, rows[k]));
    const sides = gaps.map((g) => classifyComparison(g.value, g.low, g.high));
    const side = sides.every((s) => s === sides[0]) && sides[0] !== 'unknown' ? sides[0] : undefined;
    out.push({
      text:
        `For the ${last} cohort, ${gapPhrase(gaps, `the ${ctx.comparator} sustained EET rate`, 'fromTo')}.` +
        `${side ? ` ${meaning('eetGap', side)}` : ''}`,
      refs: rows.map((r) => book.citeGap(r, ctx.comparator).id),
    });
  }
  const appren = m.range(SINCE.apprenticeship, ENGLAND, 'total');
  const change = appren
    ? seriesChange(m.series('apprenticeship_pct', ENGLAND, 'total'), appren, { book: ctx.book })
    : undefined;
  if (appren && change) {
    const rows = ctx.hubs.map((h) => m.range(SINCE.apprenticeship, h.id, 'total'));
    out.push({
      text:
        `${changeSentence(`the ${ctx.comparator} sustained apprenticeship rate`, change, 'pct')} ` +
        `${cap(
          hubChangesSentence(
            "the rate in the hubs' areas",
            ctx.hubs.map((h, k) => hubChange(h.name, rows[k])),
            { style: 'upTo' },
          ),
        )}.`,
      refs: [appren, ...rows].map((r) => book.cite(r).id),
    });
  }
  return out;
}

function neetFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('neet')) return [];
  const { m, book } = ctx;
  // The DfE's headline measure first, with NEET and not known beside it.
  const headline: 'neet' | 'neet_or_not_known' = m.has('neet_or_not_known_pct') ? 'neet_or_not_known' : 'neet';
  const since = `${headline}_change_since_start_pp` as const;
  // The no-start-year sentence is said once: with the destinations when they have it.
  const saidWithDestinations = ctx.has('destinations') && !!noStart(ctx, 'eet_change_pp', SINCE.eet);
  const none =
    noChangeSinceStart(ctx, since, ALL, 'year') ??
    (saidWithDestinations ? undefined : noStart(ctx, `${headline}_change_pp`, since));
  const range = m.range(`${headline}_change_since_start_pp`, ENGLAND, ALL);
  if (!range || range.value === null) return none ? [none] : [];
  const part = (measure: ChangeStem) => {
    const rows = ctx.hubs.map((h) => m.range(`${measure}_change_since_start_pp`, h.id, ALL));
    return { rows, changes: ctx.hubs.map((h, k) => hubChange(h.name, rows[k])) };
  };
  const lead = part(headline);
  const subject =
    headline === 'neet' ? 'the NEET rate of 16 to 17 year olds' : 'the share of 16 to 17 year olds NEET or not known';
  // With many hubs the two parts are left to the NEET chapter: the summary bullet would run to a page.
  const parts =
    headline === 'neet' || ctx.hubs.length > MANY_HUBS
      ? []
      : (['neet', 'not_known'] as const).map((p) => ({ p, ...part(p) }));
  const beside = parts
    .filter((x) => x.rows.some(Boolean))
    .map((x) =>
      hubChangesSentence(x.p === 'neet' ? 'the NEET rate alone' : 'the not known rate', x.changes, {
        style: x.p === 'neet' ? 'between' : 'upTo',
      }),
    );
  const kinds = lead.changes.map(hubChangeKind);
  const allKind = (['rise', 'fall'] as const).find((k) => kinds.every((c) => c === k)) ?? null;
  return [
    {
      text:
        `Since the hubs began (${range.period.replace('-', ' to ')}), ` +
        `${hubChangesSentence(subject, lead.changes, { style: 'fromTo' })}.` +
        `${beside.length ? ` Beside it, ${beside.join('; ')}.` : ''}` +
        `${allKind ? ` ${meaning(headline === 'neet' ? 'neetAlone' : 'neet', allKind)}` : ''}` +
        pretrendWarning(ctx, headline, ALL),
      refs: [...lead.rows, ...parts.flatMap((x) => x.rows)].map((r) => book.cite(r).id),
    },
  ];
}

/** Which of a hub's pre-start checks a table row carries. */
interface Trend {
  readonly stem: ChangeStem;
  readonly against: 'england' | 'neighbours' | 'either';
}

/** The change-since-start measures the summary headlines. */
const SINCE = {
  eet: 'eet_change_since_start_pp',
  apprenticeship: 'apprenticeship_change_since_start_pp',
  neet_or_not_known: 'neet_or_not_known_change_since_start_pp',
} as const;
const vsSimilar = (stem: NeighbourStem) => vsNeighboursId(stem, '_since_start');

/** Where no cohort or year follows the baseline, the summary says so instead of giving a change. */
function noChangeSinceStart(
  ctx: PlanContext,
  measure: MeasureId,
  breakdown: string,
  what: string,
): Finding | undefined {
  const row = ctx.m.range(measure, ENGLAND, breakdown) ?? ctx.m.range(measure, ALL, breakdown);
  if (row?.symbol !== 'z') return undefined;
  const [baseline] = spanEnds(row.period);
  return {
    text: noChangeSinceStartSentence(what, baseline),
    refs: [],
  };
}

/** Where changes exist but none since the start (no `hubs[].started`), the summary says why it gives none. */
function noStart(ctx: PlanContext, whole: MeasureId, since: MeasureId): Finding | undefined {
  return ctx.m.has(whole) && !ctx.m.has(since) ? { text: noStartYearSentence(), refs: [] } : undefined;
}

/** The warning carried beside a headline since the start: the hubs whose gap had already moved before it. */
function pretrendWarning(ctx: PlanContext, stem: ChangeStem, breakdown: string): string {
  const text = startTrendWarning(startTrends(ctx, stem, ctx.hubs, breakdown), ctx.comparator);
  return text ? ` ${text}` : '';
}

function participationFindings(ctx: PlanContext): Finding[] {
  if (!ctx.has('activities')) return [];
  const focus = ctx.input.hub ?? ALL;
  const { m, book } = ctx;
  const enc = m.range('student_participations', focus, 'employer_encounter');
  if (!enc) return [];
  const wex = m.range('student_participations', focus, 'workplace_experience');
  const smes = m.range('smes_engaged', focus, ALL);
  const meeting = m.range('smes_meeting_threshold', focus, ALL);
  const cpd = m.range('teacher_cpd_participations', focus, ALL);
  const [a, b, c, d, e] = [enc, wex, smes, meeting, cpd].map((r) => book.cite(r));
  const threshold = countWord(ctx.input.config.activities.smeThreshold);
  return [
    {
      text:
        `${duringPeriod(enc.period)}, students took part in employer encounters ${timesPhrase(a!)} and in workplace ` +
        `experiences ${timesPhrase(b!)}. The hubs worked with ${c!.words} SMEs, of which ${d!.words} took part in at ` +
        `least ${threshold} activities, the minimum for a completed SME engagement.` +
        (cpd
          ? ` Teachers took part in CPD ${timesPhrase(e!)}, counted apart from teachers at student activities.`
          : ''),
      refs: [a!.id, b!.id, c!.id, d!.id, e!.id],
    },
  ];
}

/**
 * One table, headline measures as rows with intervals. Up to MANY_HUBS hubs, the hubs are its columns (then all
 * hubs and England). With more, a column per hub would not fit a page: the columns are all hubs, England, and the
 * hubs with the lowest and highest estimate (named; each hub's own figures are in its profile).
 */
function comparisonTable(ctx: PlanContext): Block | undefined {
  const { m } = ctx;
  const many = ctx.hubs.length > MANY_HUBS && ctx.input.hub === null;
  const columns = many
    ? [
        { id: ALL, name: 'All hubs' },
        { id: ENGLAND, name: ctx.comparator },
      ]
    : [...hubsAndAll(ctx), { id: ENGLAND, name: ctx.comparator }];
  // The hubs with the lowest and highest point estimate, as "name: value (interval)"; not a ranking.
  const ends = (rows: readonly (MetricRow | undefined)[], change: boolean): string[] => {
    if (!many) return [];
    const known = ctx.hubs
      .map((h, k) => ({ name: h.name, row: rows[k] }))
      .filter((x): x is { name: string; row: MetricRow & { value: number } } => x.row?.value != null)
      .sort(byValueThenName((x) => x.row.value));
    const cell = (x: (typeof known)[number] | undefined) => (x ? `${x.name}: ${intervalCell(x.row, change)}` : '');
    return known.length ? [cell(known[0]), cell(known.at(-1))] : ['not available', 'not available'];
  };
  const level = (measure: MeasureId, breakdown: string, label: string) => {
    const p = m.periods(measure).at(-1);
    if (!p) return null;
    const hubRows = ctx.hubs.map((h) => m.get(measure, h.id, p, breakdown));
    return [
      `${label}, ${p}`,
      ...columns.map((h) => intervalCell(m.get(measure, h.id, p, breakdown))),
      ...ends(hubRows, false),
    ];
  };
  // A figure the chapter gives over the whole span (participation per 100 pupils) is the same figure here: two
  // values under one label, a year's and the span's, read as a contradiction.
  const overSpan = (measure: MeasureId, breakdown: string, label: string) => {
    const r = columns.map((h) => m.range(measure, h.id, breakdown));
    const period = r.find(Boolean)?.period;
    if (!period) return level(measure, breakdown, label);
    const hubRows = ctx.hubs.map((h) => m.range(measure, h.id, breakdown));
    return [`${label}, ${period.replace('-', ' to ')}`, ...r.map((x) => intervalCell(x)), ...ends(hubRows, false)];
  };
  // A change since the start carries the warning of its hub's years before it (parts/start-trend.ts): against
  // England, against similar areas, or either for the hub's own change.
  const change = (measure: MeasureId, breakdown: string, label: string, trend?: Trend) => {
    const r = columns.map((h) => m.range(measure, h.id, breakdown));
    const hubRows = ctx.hubs.map((h) => m.range(measure, h.id, breakdown));
    const period = [...r, ...hubRows].find(Boolean)?.period;
    const warn = (id: string) => {
      const hub = columns.find((c) => c.id === id);
      if (!trend || !hub || id === ENGLAND) return '';
      const t = startTrend(ctx, trend.stem, hub, breakdown);
      const moved =
        trend.against === 'england'
          ? t.england
          : trend.against === 'neighbours'
            ? t.neighbours
            : t.england || t.neighbours;
      return moved ? START_TREND_CELL : '';
    };
    return period
      ? [
          `${label}, ${period.replace('-', ' to ')}`,
          ...r.map((x, k) => `${changeCell(x)}${warn(columns[k]!.id)}`),
          ...ends(hubRows, true),
        ]
      : null;
  };
  const rows = [
    level('compass_mean_benchmarks_achieved', ALL, 'Average Gatsby Benchmarks fully achieved'),
    change('compass_mean_benchmarks_change', ALL, 'Change in average benchmarks achieved since the hubs began'),
    level('compass_all_benchmarks_pct', ALL, '% of returns achieving all eight benchmarks'),
    level('membership_institutions_pct', ALL, '% of eligible institutions that are members'),
    level('eet_sustained_pct', 'total', '% in sustained EET after KS4 (cohort)'),
    change(SINCE.eet, 'total', 'Change in sustained EET since the hubs began', { stem: 'eet', against: 'either' }),
    change(vsEnglandId(SINCE.eet), 'total', `Sustained EET since the start: change relative to ${ctx.comparator}'s`, {
      stem: 'eet',
      against: 'england',
    }),
    // Each hub against the statistical neighbours of its LAs outside the hubs (comparators.statisticalNeighbours).
    change(vsSimilar('eet'), 'total', 'Sustained EET since the start: change relative to similar areas (exploratory)', {
      stem: 'eet',
      against: 'neighbours',
    }),
    level('neet_or_not_known_pct', ALL, '% of 16 to 17 year olds NEET or not known'),
    change(SINCE.neet_or_not_known, ALL, 'Change in NEET or not known since the hubs began', {
      stem: 'neet_or_not_known',
      against: 'either',
    }),
    change(
      vsEnglandId(SINCE.neet_or_not_known),
      ALL,
      `NEET or not known since the start: change relative to ${ctx.comparator}'s`,
      { stem: 'neet_or_not_known', against: 'england' },
    ),
    change(
      vsSimilar('neet_or_not_known'),
      ALL,
      'NEET or not known since the start: change relative to similar areas (exploratory)',
      { stem: 'neet_or_not_known', against: 'neighbours' },
    ),
    overSpan('student_participations_per_100_pupils', ALL, 'Student participations per 100 pupils'),
  ].filter((r): r is string[] => (r?.slice(1) ?? []).some((c) => c !== 'not available'));
  if (rows.length === 0) return undefined;
  return {
    kind: 'table',
    table: {
      id: 'summary-comparison-table',
      caption: 'Headline measures by hub, with 95% confidence intervals',
      columns: [
        'Measure',
        ...columns.map((h) => h.name),
        ...(many ? ['Hub with the lowest estimate', 'Hub with the highest estimate'] : []),
      ],
      rows,
      note:
        (many
          ? `With ${hubsPhrase(ctx.hubs.length).replace(/^the /, '')}, the table shows all hubs together, ` +
            `${ctx.comparator}, and the hubs with the lowest and highest estimate, with its 95% confidence ` +
            "interval: the two ends, not a ranking. Each hub's own figures are in its profile. "
          : '') +
        'Changes run from the last cohort or year before the hubs began to the latest. The interval treats the ' +
        'local authority as the unit, so it includes the variation between areas. Sustained EET and NEET or not ' +
        `known relative to ${ctx.comparator} are the pre-specified primary outcomes; every other row is exploratory. ` +
        'Changes are shown with their interval where it excludes zero, otherwise as no clear change. ' +
        `${START_TREND_TEST} A change ` +
        "relative to another area is the hub's change minus that area's; similar areas are the DfE statistical " +
        "neighbours of each hub's local authorities outside the hubs, a comparison and not a counterfactual. " +
        'Destination and NEET figures are for whole local authorities; Compass is a self-assessment.',
    },
  };
}
