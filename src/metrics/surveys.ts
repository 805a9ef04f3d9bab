import type { HubIndex } from '../config/hub-index.js';
import { labelKey } from '../ingest/surveys/scales.js';
import type { MetricRow } from '../model/metric.js';
import { metricRow } from '../model/metric.js';
import type { Institution } from '../model/records.js';
import type { SurveyData, SurveyQuestion, SurveyResponse } from '../model/survey.js';
import { suppressRow } from '../sdc/primary.js';
import { percentageFields } from './percentage.js';

/**
 * survey exports ─ responses placed in hubs ─ per survey x hub (and `all`):
 *   survey_respondents; survey_response_pct per question x option; survey_top2_pct per Likert question
 *   ─ hub cells with fewer respondents than the threshold withheld (`c`)
 */
export interface SurveyMetricsInput {
  readonly surveys: readonly SurveyData[];
  readonly hubs: HubIndex;
  readonly institutions: readonly Institution[];
  /** The reporting year the survey belongs to. */
  readonly period: string;
  /** `sdc.threshold`; null = disclosure control off (--no-sdc). */
  readonly threshold: number | null;
}

export const SURVEY_MEASURES = ['survey_respondents', 'survey_response_pct', 'survey_top2_pct'] as const;

export function surveyMetrics(input: SurveyMetricsInput): MetricRow[] {
  const place = hubResolver(input.hubs, input.institutions);
  return input.surveys.flatMap((survey) => {
    const byHub = new Map<string, SurveyResponse[]>([['all', [...survey.responses]]]);
    for (const hub of input.hubs.hubs) byHub.set(hub.id, []);
    for (const r of survey.responses) {
      const hub = survey.placement ? place(survey.placement.by, r.place) : undefined;
      if (hub) byHub.get(hub)?.push(r);
    }
    const placed = [...byHub].filter(([hub, rs]) => hub === 'all' || rs.length > 0);
    const withheld = withheldHubs(placed, input.threshold);
    return placed.flatMap(([hub, responses]) => {
      const rows = surveyRows(survey, hub, input.period, responses);
      const why = withheld.get(hub);
      return why ? rows.map((row) => suppressRow(row, why)) : rows;
    });
  });
}

/**
 * The hubs whose survey cells are withheld, with the reason. Primary: fewer than `sdc.threshold` respondents in the
 * hub; a share of three people's answers can tell a reader what one of them said (the GSS threshold rule applied to
 * the group, not the cell). Secondary: when exactly one hub is withheld, all hubs minus the others would give it
 * back, so the next smallest hub is withheld too (ties by id, for the same output every run).
 */
function withheldHubs(
  placed: readonly (readonly [string, readonly SurveyResponse[]])[],
  threshold: number | null,
): Map<string, string> {
  const out = new Map<string, string>();
  if (threshold === null) return out;
  for (const [hub, rs] of placed)
    if (rs.length < threshold) out.set(hub, `suppressed: fewer than ${threshold} respondents in this hub`);
  const hubs = placed.filter(([hub]) => hub !== 'all');
  if (hubs.filter(([hub]) => out.has(hub)).length === 1) {
    const next = hubs
      .filter(([hub]) => !out.has(hub))
      .sort(([a, x], [b, y]) => x.length - y.length || (a < b ? -1 : a > b ? 1 : 0))[0];
    if (next)
      out.set(next[0], 'suppressed: secondary, so that a hub withheld for few respondents cannot be worked out');
  }
  return out;
}

export function surveyRows(
  survey: SurveyData,
  hub: string,
  period: string,
  responses: readonly SurveyResponse[],
): MetricRow[] {
  const base = { hub, period, sdc: { counts: 'none' as const } };
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
  const rows = q.options.map((o) =>
    metricRow({
      ...base,
      measure: 'survey_response_pct',
      breakdown: `${id}: ${o}`,
      unit: 'pct',
      note: multiNote,
      ...percentageFields(count([o], answered), n),
    }),
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
