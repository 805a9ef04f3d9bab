import type { CodedQuestion } from '../model/coded-theme.js';
import { type MetricRow, metricRow } from '../model/metric.js';
import { applySdc, type SdcOptions } from '../sdc/apply.js';
import { wilsonInterval } from '../stats/proportion.js';

export const THEME_MEASURE = 'survey_theme_pct';

/** One theme of one coded question: its published row, and the example quote the report may print. */
export interface ThemeResult {
  readonly theme: string;
  /** Share of the coded answers that carry the theme, through disclosure control. */
  readonly row: MetricRow;
  /** A consented excerpt, only when the theme's count is published; never the answer itself. */
  readonly quote: { readonly text: string; readonly role: string } | null;
}

export interface CodedQuestionResult {
  /** The coding sheet, relative to the config, and its digest: the source of every theme figure. */
  readonly source: { readonly file: string; readonly sha256: string };
  readonly survey: string;
  readonly question: string;
  readonly text: string;
  /** Answers coded (distinct response ids), through disclosure control like every count of people. */
  readonly base: MetricRow;
  readonly themes: readonly ThemeResult[];
  /** Quotes flagged by the evaluator but not published because consent is not recorded: for report-checks.md. */
  readonly withheldQuotes: readonly { readonly theme: string; readonly line: number }[];
}

/**
 * Theme counts for one coded question. The base is the number of distinct responses coded; a theme's count is the
 * number of distinct responses carrying it (a response with two themes counts once in each, so shares can add to
 * more than 100% and no theme is the base minus the others). Each share gets a Wilson interval (see
 * stats/proportion.ts) and every row goes through the one disclosure path (sdc/apply.ts) before it is published.
 */
export function themeCounts(coded: CodedQuestion, period: string, sdc: SdcOptions | null): CodedQuestionResult {
  const base = new Set(coded.answers.map((a) => a.responseId));
  const byTheme = new Map<string, Set<string>>();
  for (const a of coded.answers) {
    const set = byTheme.get(a.theme) ?? new Set<string>();
    set.add(a.responseId);
    byTheme.set(a.theme, set);
  }
  const key = `${coded.survey}.${coded.question}`;
  const people = { sdc: { counts: 'people' as const } };
  const baseRow = metricRow({
    measure: 'survey_theme_base',
    hub: 'all',
    period,
    breakdown: key,
    unit: 'count',
    value: base.size,
    ...people,
  });
  const rows = [...byTheme].map(([theme, ids]) => {
    const ci = wilsonInterval(ids.size, base.size);
    return metricRow({
      measure: THEME_MEASURE,
      hub: 'all',
      period,
      breakdown: `${key}: ${theme}`,
      unit: 'pct',
      value: (100 * ids.size) / base.size,
      numerator: ids.size,
      denominator: base.size,
      ci_low: 100 * ci.low,
      ci_high: 100 * ci.high,
      ...people,
    });
  });
  const [publishedBase, ...published] = sdc ? applySdc([baseRow, ...rows], sdc) : [baseRow, ...rows];
  const themes = [...byTheme.keys()]
    .map((theme, k) => ({ theme, row: published[k] as MetricRow }))
    .sort((a, b) => (b.row.value ?? -1) - (a.row.value ?? -1) || a.theme.localeCompare(b.theme, 'en-GB'))
    .map(({ theme, row }) => ({ theme, row, quote: row.symbol === 'c' ? null : quoteFor(coded, theme) }));
  const withheldQuotes = coded.answers
    .filter((a) => a.quote && !a.consent)
    .map((a) => ({ theme: a.theme, line: a.line }));
  return {
    source: { file: coded.file, sha256: coded.sha256 },
    survey: coded.survey,
    question: coded.question,
    text: coded.text,
    base: publishedBase as MetricRow,
    themes,
    withheldQuotes,
  };
}

/** The first flagged excerpt for the theme whose respondent consented to be quoted. */
function quoteFor(coded: CodedQuestion, theme: string): ThemeResult['quote'] {
  const a = coded.answers.find((x) => x.theme === theme && x.quote && x.consent && x.excerpt !== '');
  return a ? { text: a.excerpt, role: a.role || 'a respondent' } : null;
}
