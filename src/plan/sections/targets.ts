import type { TargetProgress, TargetStatus } from '../../metrics/targets.js';
import { measureFacts } from '../../model/measures/index.js';
import type { MetricRow } from '../../model/metric.js';
import type { PlanContext } from '../context.js';
import { fixed, formatValue } from '../format.js';
import { hubName, paragraph, tableBlock } from '../parts/common.js';
import { cap, metNarrowlyText, type TargetStatusWord, targetsSummarySentence } from '../phrases/index.js';
import type { Section } from '../types.js';

function relevant(ctx: PlanContext): TargetProgress[] {
  const hubs = new Set(['all', ...ctx.hubs.map((h) => h.id)]);
  return (ctx.input.evidence?.targets ?? []).filter((t) => hubs.has(t.target.hub));
}

/** "Progress against targets": baseline, latest value with interval, target and status, one row per target. */
export function targetsSection(ctx: PlanContext): Section | undefined {
  const targets = relevant(ctx);
  if (targets.length === 0) return undefined;
  return {
    id: 'targets',
    title: 'Progress against targets',
    level: 1,
    pageBreak: true,
    blocks: [
      paragraph(
        `${summaryText(ctx, targets)} A target is met when the latest value reaches it, and met by a clear ` +
          'margin when its whole 95% interval does; before its year, it is on track ' +
          'only when the trend of the yearly values, projected to the target year, reaches it even at the ' +
          "unfavourable end of the trend's 95% interval.",
      ),
      tableBlock({
        id: 'targets-table',
        caption: `Progress against targets, up to ${ctx.input.year}`,
        columns: ['Target', 'Set by', 'Baseline', 'Latest (95% CI)', 'Status'],
        rows: targets.map((p) => [
          `${cap(targetName(ctx, p))}, ${hubName(ctx, p.target.hub)}: ${p.target.direction} ` +
            `${formatValue(p.target.value, unitOf(p))} by ${p.target.year}`,
          p.target.source,
          at(p.baseline),
          at(p.latest, true),
          statusText(p),
        ]),
        note:
          'Baseline: the first year with a value; latest: the last up to the reporting year. "On track" uses a ' +
          "least-squares trend; the projection leaves out the uncertainty in the line's level.",
      }),
    ],
  };
}

/** The executive summary's line on targets, or undefined when the config sets none. */
export function targetsSummary(ctx: PlanContext): string | undefined {
  const targets = relevant(ctx);
  return targets.length ? summaryText(ctx, targets) : undefined;
}

/**
 * A target as the report names it: the measure's label, and for a survey share the survey and question it is of
 * ("favourable survey answers (Survey of school and college staff: “How satisfied…?”)"), never the config's key.
 */
export function targetName(ctx: PlanContext, p: TargetProgress): string {
  const label = measureFacts(p.target.measure).label;
  if (p.target.breakdown === 'all') return label;
  const [surveyId, questionId] = p.target.breakdown.split('.');
  const survey = ctx.input.evidence?.surveys.find((s) => s.data.id === surveyId);
  const question = survey?.data.questions.find((q) => q.id === questionId);
  return survey && question ? `${label} (${survey.title}: “${question.text}”)` : label;
}

/** The executive summary's short name of a target: the measure, and whose answers for a survey share. */
function shortName(ctx: PlanContext, p: TargetProgress): string {
  const label = measureFacts(p.target.measure).label;
  const surveyId = p.target.breakdown.split('.')[0];
  const survey = ctx.input.evidence?.surveys.find((s) => s.data.id === surveyId);
  return p.target.breakdown !== 'all' && survey ? `${label} from ${survey.respondents}` : label;
}

function summaryText(ctx: PlanContext, targets: readonly TargetProgress[]): string {
  const counts: Record<TargetStatusWord, number> = {
    met: 0,
    'not met': 0,
    'on track': 0,
    'not on track': 0,
    'no data': 0,
  };
  const names: Record<TargetStatusWord, string[]> = {
    met: [],
    'not met': [],
    'on track': [],
    'not on track': [],
    'no data': [],
  };
  for (const t of targets) {
    counts[t.status satisfies TargetStatus]++;
    names[t.status].push(shortName(ctx, t));
  }
  const narrow = targets.filter((t) => t.status === 'met' && metNarrowly(t)).map((t) => shortName(ctx, t));
  return targetsSummarySentence(counts, targets.length, names, narrow);
}

function unitOf(p: TargetProgress) {
  return p.latest?.unit ?? (p.target.measure.endsWith('_pct') ? 'pct' : 'count');
}

function at(row: MetricRow | null, withCi = false): string {
  if (!row) return 'no data';
  const value = formatValue(row.value, row.unit, row.symbol);
  const ci =
    withCi && row.ci_low !== null && row.ci_high !== null
      ? ` (${fixed(row.ci_low, 1)} to ${fixed(row.ci_high, 1)})`
      : '';
  return `${value}${ci}, ${row.period}`;
}

/** Met on the point estimate, but the 95% interval reaches the wrong side of the target. */
function metNarrowly(p: TargetProgress): boolean {
  const { latest, target } = p;
  const short = target.direction === 'at least' ? latest?.ci_low : latest?.ci_high;
  return (
    short !== null &&
    short !== undefined &&
    (target.direction === 'at least' ? short < target.value : short > target.value)
  );
}

function statusText(p: TargetProgress): string {
  // Said, not hidden: "Met on the latest figure, not by a clear margin: the 95% interval reaches 88.8%".
  if (p.status === 'met' && metNarrowly(p)) {
    const bound = p.target.direction === 'at least' ? p.latest?.ci_low : p.latest?.ci_high;
    return metNarrowlyText(formatValue(bound ?? null, unitOf(p)));
  }
  if (!p.projection || p.status === 'met' || p.status === 'not met') return cap(p.status);
  const unit = unitOf(p);
  const { value, low, high } = p.projection;
  const range = Number.isFinite(low) ? ` (${formatValue(low, unit)} to ${formatValue(high, unit)})` : '';
  return `${cap(p.status)}: projected ${formatValue(value, unit)}${range} by ${p.target.year}`;
}
