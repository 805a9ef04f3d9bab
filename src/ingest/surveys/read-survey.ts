import { basename } from 'node:path';
import type { Problem } from '../../model/problem.js';
import { ProblemLog } from '../../model/problem.js';
import type { QuestionOptions, SurveyData, SurveyPlacement, SurveyResponse } from '../../model/survey.js';
import { duplicateColumnProblem } from '../csv-source.js';
import { type GridRow, readGrid } from './grid.js';
import { detectLayout, type LayoutFacts, layoutFacts, type RawQuestion } from './layout.js';
import { expandQuestions, type QuestionReader, questionReader } from './questions.js';

/** What the config's `surveys` entry says about one export; all optional except the id. */
export interface SurveyReadOptions {
  /** Survey id (figures' breakdowns start with it); defaults to the file name. */
  readonly id?: string;
  /** The column that places a response in a hub (header text or question id) and what it holds. */
  readonly placement?: { readonly column: string; readonly by: SurveyPlacement };
  readonly questions?: Readonly<Record<string, QuestionOptions>>;
  /** `sdc.threshold`: an answer repeated by fewer respondents is never taken as an option (see questions.ts). */
  readonly minRepeats?: number;
  /**
   * The hub a placement value names (a URN through the register, an LA code or name, a hub's id or name), or
   * undefined. Without it no column is taken as placement unless the config names one.
   */
  readonly hubOf?: (by: SurveyPlacement, value: string) => string | undefined;
}

export interface SurveyReadResult {
  readonly survey: SurveyData;
  readonly problems: Problem[];
}

/**
 * layout detection ─ header rows ─ questions (multi-column groups split, types and scales detected or configured)
 *   ─ placement column ─ responses (unfinished and empty rows counted and left out)
 */
export async function readSurvey(file: string, options: SurveyReadOptions = {}): Promise<SurveyReadResult> {
  const log = new ProblemLog(file);
  const grid = await readGrid(file, log);
  const layout = detectLayout(grid.rows);
  const facts = layoutFacts(grid.rows, layout);
  const header = grid.rows[0]?.cells ?? [];
  const data = grid.rows.slice(facts.headerRows);
  // A file whose rows could not be read (an unclosed quote on line 2) already has its located error.
  if (grid.rows.length > 0 && data.length === 0 && log.errorCount === 0)
    log.error({ message: 'the export has header rows but no responses', expected: 'at least one response row' });
  // No header read (an unclosed quote in it): the config's questions and placement column cannot be looked for, so
  // "not in the export" would only repeat the located error.
  const headless = grid.rows.length === 0 && log.errorCount > 0;
  const unknown = headless
    ? []
    : Object.keys(options.questions ?? {}).filter((id) => !facts.questions.some((q) => q.id === id));
  repeatedLookups(facts, header, options.placement?.column, log);
  const place = placementOf(facts.questions, header, data, options);
  if (options.placement && !place && !headless)
    log.error({
      line: 1,
      message: 'the placement column given in the config is not in the header',
      expected: `a column headed "${options.placement.column}"`,
    });
  const raw = expandQuestions(
    facts.questions.filter((q) => q !== place?.question),
    data,
  );
  for (const id of unknown.filter((u) => !raw.some((q) => q.id === u)))
    log.error({
      line: 1,
      message: `the config describes question ${id}, which is not in the export`,
      expected: raw.map((q) => q.id).join(', '),
    });
  const readers = raw.map((q) =>
    questionReader(q, layout, header, data, options.questions?.[q.id], options.minRepeats),
  );
  const { responses, excluded } = readResponses(data, readers, facts.finished, place?.index, log);
  if (place && options.hubOf) warnUnplaced(responses, place, header, options.hubOf, log);
  const id = options.id ?? basename(file).replace(/\.[^.]+$/, '');
  return {
    survey: {
      id,
      file,
      sha256: grid.sha256,
      encoding: grid.encoding,
      rowsRead: data.length,
      layout,
      format: grid.format,
      placement: place ? { column: header[place.index] ?? '', by: place.by } : null,
      questions: readers.map((r) => r.question),
      responses,
      excluded,
    },
    // Structural problems are found while reading, answer problems afterwards: listed in file order.
    problems: [...log.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

function readResponses(
  data: readonly GridRow[],
  readers: readonly QuestionReader[],
  finished: number | null,
  place: number | undefined,
  log: ProblemLog,
): { responses: SurveyResponse[]; excluded: SurveyData['excluded'] } {
  const responses: SurveyResponse[] = [];
  let unfinished = 0;
  let empty = 0;
  for (const row of data) {
    // Qualtrics writes Finished as True/False (or 1/0 with numeric export); a partial response is left out.
    if (finished !== null && /^(false|0)$/i.test(row.cells[finished] ?? '')) {
      unfinished++;
      continue;
    }
    const answers: Record<string, readonly string[]> = {};
    for (const r of readers) {
      const a = r.answers(row, log);
      if (a.length) answers[r.question.id] = a;
    }
    if (Object.keys(answers).length === 0) {
      empty++;
      continue;
    }
    const value = place === undefined ? '' : (row.cells[place] ?? '');
    responses.push({ line: row.line, place: value || null, answers });
  }
  return { responses, excluded: { unfinished, empty } };
}

const PLACE_PATTERNS: readonly { by: SurveyPlacement; test: RegExp }[] = [
  { by: 'urn', test: /^(school |institution )?(urn|unique reference number)\b|^\w* ?urn$/i },
  { by: 'la', test: /^(la|la code|local authority|local authority code|local authority name)$|^which local auth/i },
  { by: 'hub', test: /^(careers hub|hub|hub name)$|^which (careers )?hub/i },
];

/** Most values of a placement column must name a configured hub (through the register, an LA or a hub name). */
const MOST = 0.5;

/**
 * The placement column: as configured, or a question whose header names a URN, an LA or a hub field (not one that
 * merely mentions a hub in its wording) and most of whose values place a response in a configured hub.
 */
function placementOf(
  questions: readonly RawQuestion[],
  header: readonly string[],
  data: readonly GridRow[],
  options: SurveyReadOptions,
): { question: RawQuestion; index: number; by: SurveyPlacement } | undefined {
  const single = questions.filter((q) => q.columns.length === 1);
  const index = (q: RawQuestion) => q.columns[0]?.index ?? -1;
  const given = options.placement;
  if (given) {
    const q = single.find((s) => s.id === given.column || s.text === given.column || header[index(s)] === given.column);
    return q ? { question: q, index: index(q), by: given.by } : undefined;
  }
  const { hubOf } = options;
  if (!hubOf) return undefined;
  for (const p of PLACE_PATTERNS) {
    for (const q of single.filter((s) => p.test.test(s.text.trim()) || p.test.test((header[index(s)] ?? '').trim()))) {
      const values = data.map((r) => r.cells[index(q)] ?? '').filter((v) => v !== '');
      const matched = values.filter((v) => hubOf(p.by, v) !== undefined).length;
      if (values.length > 0 && matched > values.length * MOST) return { question: q, index: index(q), by: p.by };
    }
  }
  return undefined;
}

/**
 * The header names the reader looks up that are there twice. Exports repeat and blank headers on purpose
 * (SurveyMonkey writes a question over its first column only; Forms may give two questions one wording, told
 * apart by position as Q1, Q2), so only these are errors: a Qualtrics question id in the first row (ids are
 * unique in an export, and the config names questions by them) and a placement column the config names by its
 * header or question text.
 */
function repeatedLookups(
  facts: LayoutFacts,
  header: readonly string[],
  placement: string | undefined,
  log: ProblemLog,
): void {
  const reported = new Set<number>();
  if (facts.layout === 'qualtrics') {
    const seen = new Map<string, number>();
    header.forEach((id, k) => {
      const key = id.trim().toLowerCase();
      const first = seen.get(key);
      if (!key || first === undefined) seen.set(key, k);
      else if (!reported.has(first)) {
        log.error(duplicateColumnProblem(header[first] ?? id, first, k));
        reported.add(first);
      }
    });
  }
  if (placement === undefined) return;
  const named = facts.questions
    .filter((q) => q.columns.length === 1 && (q.text === placement || header[q.columns[0]?.index ?? -1] === placement))
    .map((q) => q.columns[0]?.index ?? -1);
  const [first, second] = named;
  if (first !== undefined && second !== undefined && !reported.has(first))
    log.error(duplicateColumnProblem(placement, first, second));
}

/** Responses whose placement value names no configured hub: counted in `all` only, and warned about with lines. */
function warnUnplaced(
  responses: readonly SurveyResponse[],
  place: { index: number; by: SurveyPlacement },
  header: readonly string[],
  hubOf: NonNullable<SurveyReadOptions['hubOf']>,
  log: ProblemLog,
): void {
  const lost = responses.filter((r) => !r.place || hubOf(place.by, r.place) === undefined);
  if (lost.length === 0) return;
  const lines = lost.map((r) => r.line);
  log.warn({
    line: lines[0],
    column: header[place.index],
    message:
      `${lost.length} response${lost.length === 1 ? '' : 's'} name${lost.length === 1 ? 's' : ''} no configured hub ` +
      `(lines ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', ...' : ''}): counted for all hubs only`,
    expected: place.by === 'hub' ? 'a configured hub id or name' : `a ${place.by} in a configured hub`,
  });
}
