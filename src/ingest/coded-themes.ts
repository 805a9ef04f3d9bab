import type { CodedAnswer, CodedQuestion } from '../model/coded-theme.js';
import { type Problem, ProblemLog } from '../model/problem.js';
import { Columns, openCsv } from './csv-source.js';

/** Accepted spellings of a yes in the quote and consent columns; anything else non-empty is a located problem. */
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

const ID_COLUMNS = ['response id', 'respondent id', 'case', 'document', 'id'];
const THEME_COLUMNS = ['theme', 'code', 'tag'];

/** A header that is a coding sheet's: a response id column and a theme column (for a file given without a kind). */
export function isCodingSheetHeader(columns: Columns): boolean {
  return columns.has(...ID_COLUMNS) && columns.has(...THEME_COLUMNS);
}

/**
 * Reads an evaluator's coding sheet: one row per (response, theme), with an optional quote flag, excerpt, consent
 * and role. Headers are matched loosely ("Response ID", "response_id", NVivo's "Case", Taguette's "document").
 * Every problem is collected with its line and column; rows with a problem are left out of the counts.
 */
export async function readCodedThemes(
  file: string,
  meta: { readonly survey: string; readonly question: string; readonly text: string },
): Promise<{ coded: CodedQuestion; problems: Problem[] }> {
  const log = new ProblemLog(file);
  const csv = await openCsv(file, log);
  const cols = new Columns(csv.header, log);
  const id = cols.require(log, 1, 'the response id', ...ID_COLUMNS);
  const theme = cols.require(log, 1, 'the theme', ...THEME_COLUMNS);
  const quote = cols.find('quote', 'quote flag', 'example quote');
  const excerpt = cols.find('excerpt', 'quote text', 'highlight');
  const consent = cols.find('consent', 'consent to quote', 'may quote');
  const role = cols.find('role', 'respondent role');
  const answers: CodedAnswer[] = [];
  if (id === undefined || theme === undefined)
    return { coded: { file, sha256: csv.sha256, ...meta, answers }, problems: log.problems };
  for await (const row of csv.rows) {
    const cell = (k: number | undefined) => (k === undefined ? '' : (row.cells[k] ?? '').trim());
    const flag = (k: number | undefined): boolean | undefined => {
      const v = cell(k).toLowerCase();
      if (YES.has(v)) return true;
      if (NO.has(v)) return false;
      log.error({
        line: row.line,
        column: cols.name(k ?? 0),
        message: 'not a yes or no',
        expected: 'yes or no',
        found: cell(k),
      });
      return undefined;
    };
    const [responseId, name] = [cell(id), cell(theme)];
    const missing = !responseId ? id : !name ? theme : undefined;
    if (missing !== undefined) {
      log.error({ line: row.line, column: cols.name(missing), message: 'empty cell', expected: 'text', found: '' });
      continue;
    }
    const [q, c] = [flag(quote), flag(consent)];
    if (q === undefined || c === undefined) continue;
    answers.push({
      responseId,
      theme: name,
      quote: q,
      excerpt: cell(excerpt),
      consent: c,
      role: cell(role),
      line: row.line,
    });
  }
  return { coded: { file, sha256: csv.sha256, ...meta, answers }, problems: log.problems };
}
