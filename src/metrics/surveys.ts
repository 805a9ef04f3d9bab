import type { HubIndex } from '../config/hub-index.js';
import { labelKey } from '../model/likert-scales.js';
import type { MetricRow } from '../model/metric.js';
import { metricRow } from '../model/metric.js';
import type { Institution } from '../model/records.js';
import type { SurveyData, SurveyQuestion, SurveyResponse } from '../model/survey.js';
import { applySdc, type SdcOptions } from '../sdc/apply.js';
import { additiveMargins } from '../sdc/margins.js';
import { type RowKey, rowKey } from '../sdc/row-key.js';
import { percentageFields } from './percentage.js';

/**
 * survey exports ─ responses placed in hubs ─ per survey x hub (and `all`):
 *   survey_respondents; survey_response_pct per question x option; survey_top2_pct per Likert question
 *   ─ disclosure control by the caller (applySdc with surveyPartitions and hubs adding up to `all`)
 */
export interface SurveyMetricsInput {
  readonly surveys: readonly SurveyData[];
  readonly hubs: HubIndex;
  readonly institutions: readonly Institution[];
  /** The reporting year the survey belongs to. */
  readonly period: string;
  /** The config's `sdc`; null = disclosure control off (--no-sdc: the caller marks the rows not for publication). */
  readonly sdc: SdcOptions | null;
}

export const SURVEY_MEASURES = [
  'survey_respondents',
  'survey_question_respondents',
  'survey_response_pct',
  'survey_top2_pct',
] as const;

export function surveyMetrics(input: SurveyMetricsInput): MetricRow[] {
  const rows = surveyTable(input);
  if (input.sdc === null) return rows;
  // The same disclosure path as every other count: cells under sdc.threshold withheld, complementary cells chosen
  // over hubs and over each question's options, counts of respondents rounded, shares to sdc.rateDecimals.
  const margins = additiveMargins(rows, {
    hubs: input.hubs.hubs.map((h) => h.id),
    partsOf: surveyPartitions(input.surveys),
  });
  return applySdc(rows, input.sdc, margins);
}

function surveyTable(input: SurveyMetricsInput): MetricRow[] {
  const place = hubResolver(input.hubs, input.institutions);
  return input.surveys.flatMap((survey) => {
    const byHub = new Map<string, SurveyResponse[]>([['all', [...survey.responses]]]);
    for (const hub of input.hubs.hubs) byHub.set(hub.id, []);
    for (const r of survey.responses) {
      const hub = survey.placement ? place(survey.placement.by, r.place) : undefined;
      if (hub) byHub.get(hub)?.push(r);
    }
    const placed = [...byHub].filter(([hub, rs]) => hub === 'all' || rs.length > 0);
    return placed.flatMap(([hub, responses]) => surveyRows(survey, hub, input.period, responses));
  });
}

/**
 * The partitions of survey rows that disclosure control protects, beside hubs adding up to `all` (declared by the
 * caller with the configured hubs): for a single-choice or Likert question the options (and don't-know answers
 * when they are in the base) add up to the question's respondents, and the favourable points add up to the
 * "top two" share. One table of relations, so that it can move to the measure catalogue.
 */
export function surveyPartitions(surveys: readonly SurveyData[]): (total: MetricRow) => RowKey[][] {
  const byBreakdown = new Map<string, { survey: SurveyData; q: SurveyQuestion }>();
  for (const survey of surveys)
    for (const q of survey.questions) byBreakdown.set(`${survey.id}.${q.id}`, { survey, q });
  return (total) => {
    const found = byBreakdown.get(total.breakdown);
    if (!found || (found.q.type !== 'single' && found.q.type !== 'likert')) return [];
    const { q } = found;
    const option = (o: string) =>
      rowKey({ ...total, measure: 'survey_response_pct', breakdown: `${total.breakdown}: ${o}` });
    if (total.measure === 'survey_question_respondents')
      return [[...q.options, ...(q.dontKnowInBase ? q.dontKnow : [])].map(option)];
    if (total.measure === 'survey_top2_pct' && q.scale) return [q.options.slice(0, q.scale.favourable).map(option)];
    return [];
  };
}

export function surveyRows(
  survey: SurveyData,
  hub: string,
  period: string,
  responses: readonly SurveyResponse[],
): MetricRow[] {
  // Respondents are people: their counts go through the one disclosure path (small cells withheld, counts rounded).
  const base = { hub, period, sdc: { counts: 'people' as const } };
  const rows: MetricRow[] = [
    metricRow({
      ...base,
      measure: 'survey_respondents',
      breakdown: survey.id,
      unit: 'count',
      value: responses.length,
      numerator: responses.length,
    }),
  ];
  for (const q of survey.questions) {
    if (q.type === 'text' || q.type === 'number') continue;
    rows.push(...questionRows(survey.id, q, responses, base));
  }
  return rows;
}

function questionRows(
  surveyId: string,
  q: SurveyQuestion,
  responses: readonly SurveyResponse[],
  base: Pick<MetricRow, 'hub' | 'period' | 'sdc'>,
): MetricRow[] {
  const dk = new Set(q.dontKnow.map(labelKey));
  const keys = (r: SurveyResponse) => (r.answers[q.id] ?? []).map(labelKey);
  // Denominator: respondents who answered; a don't-know answer only counts when the config asks for it.
  const answered = responses.filter((r) => keys(r).some((k) => q.dontKnowInBase || !dk.has(k)));
  const anyAnswer = responses.filter((r) => keys(r).length > 0);
  const n = answered.length;
  const count = (labels: readonly string[], among: readonly SurveyResponse[]) => {
    const wanted = new Set(labels.map(labelKey));
    return among.filter((r) => keys(r).some((k) => wanted.has(k))).length;
  };
  const id = `${surveyId}.${q.id}`;
  const multiNote = q.type === 'multi' ? 'more than one answer allowed: shares add to more than 100%' : '';
  const rows = [
    metricRow({
      ...base,
      measure: 'survey_question_respondents',
      breakdown: id,
      unit: 'count',
      value: n,
      numerator: n,
    }),
  ];
  rows.push(
    ...q.options.map((o) =>
      metricRow({
        ...base,
        measure: 'survey_response_pct',
        breakdown: `${id}: ${o}`,
        unit: 'pct',
        note: multiNote,
        ...percentageFields(count([o], answered), n),
      }),
    ),
  );
  for (const o of q.dontKnow) {
    // Kept apart: shown as a share of everyone who answered, don't know included.
    const among = q.dontKnowInBase ? answered : anyAnswer;
    rows.push(
      metricRow({
        ...base,
        measure: 'survey_response_pct',
        breakdown: `${id}: ${o}`,
        unit: 'pct',
        note: q.dontKnowInBase ? '' : 'share of everyone who answered, including this answer; not in other shares',
        ...percentageFields(count([o], among), among.length),
      }),
    );
  }
  if (q.scale)
    rows.push(
      metricRow({
        ...base,
        measure: 'survey_top2_pct',
        breakdown: id,
        unit: 'pct',
        note: `favourable answers: ${q.options.slice(0, q.scale.favourable).join(' or ')}`,
        ...percentageFields(count(q.options.slice(0, q.scale.favourable), answered), n),
      }),
    );
  return rows;
}

/** A response's hub: through the register for a URN, the config's LAs for an LA, or a hub's id or name. */
export function hubResolver(
  hubs: HubIndex,
  institutions: readonly Institution[],
): (by: 'urn' | 'la' | 'hub', value: string | null) => string | undefined {
  const laOfUrn = new Map(institutions.map((i) => [i.urn.trim(), i.laCode]));
  const hubKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const byName = new Map(hubs.hubs.flatMap((h) => [[hubKey(h.id), h.id] as const, [hubKey(h.name), h.id] as const]));
  return (by, value) => {
    if (!value) return undefined;
    if (by === 'urn') return hubs.hubOf(laOfUrn.get(value.trim()));
    if (by === 'la') return hubs.hubOf(value);
    return byName.get(hubKey(value.replace(/\bcareers hub\b|\bhub\b/gi, ''))) ?? byName.get(hubKey(value));
  };
}
