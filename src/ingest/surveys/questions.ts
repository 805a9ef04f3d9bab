import { detectScale, isDontKnow, labelKey, SCALES, scaleByName } from '../../model/likert-scales.js';
import type { ProblemLog } from '../../model/problem.js';
import type { QuestionOptions, SurveyQuestion, SurveyQuestionType } from '../../model/survey.js';
import type { GridRow } from './grid.js';
import type { RawQuestion, SurveyLayout } from './layout.js';

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
  minRepeats: number = DEFAULT_MIN_REPEATS,
): QuestionReader {
  const columns = raw.columns.map((c) => header[c.index] || c.label || raw.id);
  if (raw.columns.length > 1) return tickReader(raw, columns, options);
  const index = raw.columns[0]?.index ?? 0;
  const cells = data.map((r) => r.cells[index] ?? '').filter((c) => c !== '');
  const separator = layout === 'forms' ? ';' : ',';
  const typed = typeOf(raw, options, cells, layout, minRepeats);
  const type = typed.type;
  const split = (cell: string) =>
    type === 'multi'
      ? cell
          .split(separator)
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : [cell];
  const scale = type === 'likert' ? (options.scale ? scaleByName(options.scale) : typed.scale) : undefined;
  const given = options.order ?? scale?.points;
  const extraDontKnow = new Set((options.dontKnow ?? []).map(labelKey));
  const dk = (a: string) => isDontKnow(a) || extraDontKnow.has(labelKey(a));
  const seen = type === 'text' || type === 'number' ? [] : cells.flatMap(split);
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
    typedBy: typed.rule,
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
          // Only the length of an unexpected answer is shown: it may be free text, which is never printed.
          found: `an answer of ${a.length} characters`,
        });
        return [];
      });
    },
  };
}

/**
 * An answer set counts as a closed set of options when it has at most this many distinct answers. Each must also be
 * given by at least `minRepeats` respondents (`sdc.threshold`), so a comment written by one or two people is never
 * mistaken for an option: the same threshold that keeps a small count from being published.
 */
const MAX_OPTIONS = 12;
/** The `sdc.threshold` default, for callers that do not give one. */
export const DEFAULT_MIN_REPEATS = 5;
/** Answers over this many characters are sentences, not options. */
const MAX_OPTION_LENGTH = 80;
/** A question is numeric (or on a scale) when at least this share of its answers are; the rest are errors. */
const MOSTLY = 0.8;

interface Typed {
  readonly type: SurveyQuestionType;
  readonly rule: string;
  readonly scale?: ReturnType<typeof detectScale>;
}

/**
 * A question's type, and the rule that gave it. Free text unless its answers come from a closed set: the config's
 * type or order, a built-in scale (most answers on it; the rest are reported), the export's own option columns,
 * or a set of few short answers each repeated by at least `minRepeats` respondents. Free text is never published,
 * so a question that fails every rule is kept out of the figures rather than published answer by answer.
 */
function typeOf(
  raw: RawQuestion,
  options: QuestionOptions,
  cells: readonly string[],
  layout: SurveyLayout,
  minRepeats: number,
): Typed {
  if (options.type) return { type: options.type, rule: 'type given in the config', scale: scaleOf(options, cells) };
  if (raw.openEnded) return { type: 'text', rule: 'free text: the export marks it as open-ended' };
  if (options.order) return { type: 'single', rule: 'options given in the config' };
  if (cells.length === 0) return { type: 'text', rule: 'free text: no answers' };
  const numbers = cells.filter((c) => /^-?\d+(\.\d+)?$/.test(c)).length;
  if (numbers >= cells.length * MOSTLY) return { type: 'number', rule: 'numeric: most answers are numbers' };
  const scale = mostlyOnScale(cells);
  if (scale) return { type: 'likert', rule: `built-in ${scale.name} scale`, scale };
  const multi = layout === 'forms' && cells.some((c) => /;/.test(c));
  const parts = multi ? cells.flatMap((c) => c.split(';').map((s) => s.trim())).filter((s) => s !== '') : cells;
  const counts = new Map<string, number>();
  for (const a of parts) if (!isDontKnow(a)) counts.set(labelKey(a), (counts.get(labelKey(a)) ?? 0) + 1);
  const closed =
    counts.size >= 1 &&
    counts.size <= MAX_OPTIONS &&
    parts.every((a) => a.length <= MAX_OPTION_LENGTH) &&
    [...counts.values()].every((n) => n >= minRepeats);
  if (!closed)
    return {
      type: 'text',
      rule:
        `free text: not a closed set (at most ${MAX_OPTIONS} distinct answers of at most ${MAX_OPTION_LENGTH} ` +
        `characters, each given by at least ${minRepeats} respondents)`,
    };
  return {
    type: multi ? 'multi' : 'single',
    rule: `closed set: ${counts.size} distinct answers, each given by at least ${minRepeats} respondents`,
  };
}

function scaleOf(options: QuestionOptions, cells: readonly string[]) {
  if (options.type !== 'likert') return undefined;
  return options.scale ? scaleByName(options.scale) : mostlyOnScale(cells);
}

/** The built-in scale most answers (don't-know aside) fall on, at least two of its points used; undefined if none. */
function mostlyOnScale(cells: readonly string[]) {
  const answers = cells.filter((c) => !isDontKnow(c));
  const exact = detectScale(answers);
  if (exact) return exact;
  const candidates = SCALES.map((s) => {
    const points = new Set(s.points.map(labelKey));
    const on = answers.filter((a) => points.has(labelKey(a)));
    return { s, on: on.length, used: new Set(on.map(labelKey)).size };
  }).filter((c) => c.used >= 2 && c.on >= answers.length * MOSTLY);
  candidates.sort((a, b) => b.on - a.on || b.s.points.length - a.s.points.length);
  return candidates[0]?.s;
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
      typedBy: "the export's own option columns",
    },
    answers: (row) => raw.columns.flatMap((c, k) => (row.cells[c.index] ? [labels[k] ?? ''] : [])),
  };
}

function numberAnswer(cell: string, line: number, column: string, log: ProblemLog): string[] {
  if (/^-?\d+(\.\d+)?$/.test(cell)) return [cell];
  log.error({
    line,
    column,
    message: 'answer is not a number',
    expected: 'a number such as 12',
    found: `an answer of ${cell.length} characters`,
  });
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
