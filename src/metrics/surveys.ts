import type { HubIndex } from '../config/hub-index.js';
import { labelKey } from '../model/likert-scales.js';
import { type AnswerCategories, measureFacts } from '../model/measures/index.js';
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
 *   ─ disclosure control (applySdc: hubs adding up to `all`, and the catalogue's answer parts of each question)
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
    partsOf: surveyAnswerParts(input.surveys),
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
 * The answer parts the measure catalogue declares for survey rows (model/measures: a question's respondents are made
 * up of the shares of its options, the favourable share of its favourable points), resolved to the options of each
 * question: for a total row, the keys of each set of rows whose counts add up to it. Only single-choice and scale
 * questions give one answer per respondent, so only their options partition the answers; a don't-know answer is
 * one of the parts only when the config counts it in the base.
 */
export function surveyAnswerParts(surveys: readonly SurveyData[]): (total: MetricRow) => RowKey[][] {
  const byBreakdown = new Map<string, SurveyQuestion>();
  for (const survey of surveys) for (const q of survey.questions) byBreakdown.set(`${survey.id}.${q.id}`, q);
  return (total) => {
    const q = byBreakdown.get(total.breakdown);
    if (!q || (q.type !== 'single' && q.type !== 'likert')) return [];
    return measureFacts(total.measure).answerParts.flatMap(({ measure, categories, with: alongside }) => {
      const options = answerCategories(q, categories);
      if (options === undefined) return [];
      return [
        [
          ...options.map((o) => rowKey({ ...total, measure, breakdown: `${total.breakdown}: ${o}` })),
          ...alongside.map((m) => rowKey({ ...total, measure: m })),
        ],
      ];
    });
  };
}

/**
 * The options of a question a set of answer categories names; undefined for favourable points without a scale. With
 * one favourable point the favourable share is that option's share: the base less it, with the favourable share,
 * is the base again, so it is left to the base's margin (sweeping it too would only withhold more).
 */
function answerCategories(q: SurveyQuestion, categories: AnswerCategories): readonly string[] | undefined {
  const base = [...q.options, ...(q.dontKnowInBase ? q.dontKnow : [])];
  if (categories === 'the base') return base;
  if (!q.scale) return undefined;
  const favourable = q.options.slice(0, q.scale.favourable);
  if (categories === 'favourable points') return favourable;
  return favourable.length > 1 ? base.filter((o) => !favourable.includes(o)) : undefined;
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
