import type { ProblemLog } from '../../model/problem.js';
import type { SurveyQuestion, SurveyQuestionType } from '../../model/survey.js';
import type { GridRow } from './grid.js';
import type { RawQuestion, SurveyLayout } from './layout.js';
import { detectScale, isDontKnow, labelKey, scaleByName } from './scales.js';

/** What the config may say about one question; everything else is detected. */
export interface QuestionOptions {
  readonly type?: SurveyQuestionType;
  /** A built-in scale name (likert). */
  readonly scale?: string;
  /** The options in display order (for likert: most favourable first). Numeric codes 1..n map onto it. */
  readonly order?: readonly string[];
  readonly dontKnow?: readonly string[];
  readonly dontKnowInBase?: boolean;
}

/** A question with the reader that turns one response row into its answers. */
export interface QuestionReader {
  readonly question: SurveyQuestion;
  answers(row: GridRow, log: ProblemLog): string[];
}

/**
 * Splits SurveyMonkey's multi-column questions into a multi-select (each column holds its own option label
 * when ticked) or matrix rows (each column holds a scale answer, one question per row of the matrix).
 */
export function expandQuestions(raw: readonly RawQuestion[], data: readonly GridRow[]): RawQuestion[] {
  return raw.flatMap((q) => {
    if (q.columns.length === 1) return [q];
    const ticks = q.columns.every(
      (c) =>
        c.label !== null &&
        (/^other\b/i.test(c.label) ||
          data.every((r) => !r.cells[c.index] || labelKey(r.cells[c.index] ?? '') === labelKey(c.label ?? ''))),
    );
    if (ticks) return [q];
    return q.columns.map((c, k) => ({
      id: `${q.id}_${k + 1}`,
      // "How far do you agree?" + "The hub helps" reads as two sentences; a stem without a mark takes a colon.
      text: c.label ? `${q.text}${/[?:.]$/.test(q.text) ? '' : ':'} ${c.label}` : q.text,
      columns: [c],
    }));
  });
}

export function questionReader(
  raw: RawQuestion,
  layout: SurveyLayout,
  header: readonly string[],
  data: readonly GridRow[],
  options: QuestionOptions = {},
): QuestionReader {
  const columns = raw.columns.map((c) => header[c.index] || c.label || raw.id);
  if (raw.columns.length > 1) return tickReader(raw, columns, options);
  const index = raw.columns[0]?.index ?? 0;
  const cells = data.map((r) => r.cells[index] ?? '').filter((c) => c !== '');
  const separator = layout === 'forms' ? ';' : ',';
  const type = options.type ?? (raw.openEnded ? 'text' : detectType(cells, layout));
  const split = (cell: string) =>
    type === 'multi'
      ? cell
          .split(separator)
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : [cell];
  const scale =
    type === 'likert' ? (options.scale ? scaleByName(options.scale) : detectScale(cells.flatMap(split))) : undefined;
  const given = options.order ?? scale?.points;
  const extraDontKnow = new Set((options.dontKnow ?? []).map(labelKey));
  const dk = (a: string) => isDontKnow(a) || extraDontKnow.has(labelKey(a));
  const seen = cells.flatMap(split);
  const dontKnow = unique(seen.filter(dk));
  const options_ =
    type === 'text' || type === 'number' ? [] : (given ?? byFrequency(seen.filter((a) => !dk(a)))).slice();
  const canonical = new Map(options_.map((o) => [labelKey(o), o]));
  const question: SurveyQuestion = {
    id: raw.id,
    text: raw.text,
    type,
    options: options_,
    dontKnow,
    dontKnowInBase: options.dontKnowInBase ?? false,
    scale: scale
      ? { name: scale.name, favourable: scale.favourable, neutral: options.order ? null : scale.neutral }
      : null,
    columns,
  };
  return {
    question,
    answers(row, log) {
      const cell = row.cells[index] ?? '';
      if (!cell) return [];
      if (type === 'text') return [cell];
      if (type === 'number') return numberAnswer(cell, row.line, columns[0] ?? raw.id, log);
      return split(cell).flatMap((a) => {
        if (dk(a)) return [a];
        const known = canonical.get(labelKey(a)) ?? codeOf(a, given);
        if (known !== undefined || given === undefined) return [known ?? a];
        log.error({
          line: row.line,
          column: columns[0],
          message: `answer is not one of the ${scale ? `${scale.name} scale's points` : 'options given in the config'}`,
          expected: given.map((o) => `"${o}"`).join(', '),
          found: a,
        });
        return [];
      });
    },
  };
}

function tickReader(raw: RawQuestion, columns: string[], options: QuestionOptions): QuestionReader {
  const labels = raw.columns.map((c) => (c.label && /^other\b/i.test(c.label) ? 'Other' : (c.label ?? raw.id)));
  return {
    question: {
      id: raw.id,
      text: raw.text,
      type: 'multi',
      options: options.order ?? labels,
      dontKnow: labels.filter(isDontKnow),
      dontKnowInBase: options.dontKnowInBase ?? false,
      scale: null,
      columns,
    },
    answers: (row) => raw.columns.flatMap((c, k) => (row.cells[c.index] ? [labels[k] ?? ''] : [])),
  };
}

/**
 * A question's type from its answers: Forms' `;`-joined answers are multi-select; all numbers are numeric;
 * answers on a built-in scale are Likert; many distinct or long answers are free text; else a single choice.
 */
function detectType(cells: readonly string[], layout: SurveyLayout): SurveyQuestionType {
  if (cells.length === 0) return 'text';
  if (layout === 'forms' && cells.some((c) => /;/.test(c))) return 'multi';
  if (cells.every((c) => /^-?\d+(\.\d+)?$/.test(c))) return 'number';
  if (detectScale(cells)) return 'likert';
  const distinct = new Set(cells.map(labelKey)).size;
  if (cells.some((c) => c.length > 80) || (distinct > 12 && distinct > cells.length / 2)) return 'text';
  return 'single';
}

function numberAnswer(cell: string, line: number, column: string, log: ProblemLog): string[] {
  if (/^-?\d+(\.\d+)?$/.test(cell)) return [cell];
  log.error({ line, column, message: 'answer is not a number', expected: 'a number such as 12', found: cell });
  return [];
}

/** Qualtrics numeric codes: 1 is the first option of the order given. */
function codeOf(answer: string, order: readonly string[] | undefined): string | undefined {
  if (!order || !/^\d+$/.test(answer)) return undefined;
  return order[Number(answer) - 1];
}

function unique(values: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const v of values) if (!out.has(labelKey(v))) out.set(labelKey(v), v);
  return [...out.values()];
}

/** Options without a given order: most chosen first, ties by label, so the order is the same on every run. */
function byFrequency(answers: readonly string[]): string[] {
  const counts = new Map<string, { label: string; n: number }>();
  for (const a of answers) {
    const k = labelKey(a);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { label: a, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, 'en')).map((c) => c.label);
}
