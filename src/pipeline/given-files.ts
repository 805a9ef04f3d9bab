import { UserError } from '../errors.js';
import { isCodingSheetHeader } from '../ingest/coded-themes.js';
import { Columns, readHeader } from '../ingest/csv-source.js';
import { detectKind } from '../ingest/index.js';
import { readGrid } from '../ingest/surveys/grid.js';
import { surveyExportLayout } from '../ingest/surveys/layout.js';
import { ProblemLog } from '../model/problem.js';
import { GIVEN_KINDS, type GivenKind, type InputKind } from '../model/records.js';
import { runMsg } from './messages.js';

export interface GivenFiles {
  readonly tabular: Partial<Record<InputKind, string[]>>;
  readonly surveys: readonly string[];
  /** Coding sheets of free-text answers (`evaluation.codedThemes` files), told by their header. */
  readonly coded: readonly string[];
}

/**
 * Groups loose files by kind: the given kind, or the kind told from each file's content. Tabular inputs by their
 * header first (they are the most specific); then survey exports by their own header rows (SurveyMonkey,
 * Qualtrics, Forms; CSV or .xlsx); then coding sheets. A file none of them recognises is a usage error.
 */
export async function classifyGiven(files: readonly string[], kind: GivenKind | undefined): Promise<GivenFiles> {
  const tabular: Partial<Record<InputKind, string[]>> = {};
  const surveys: string[] = [];
  const coded: string[] = [];
  const unknown: string[] = [];
  for (const file of files) {
    const k = kind ?? (await tellKind(file));
    if (k === 'survey') surveys.push(file);
    else if (k === 'coded') coded.push(file);
    else if (k) tabular[k] = [...(tabular[k] ?? []), file];
    else unknown.push(file);
  }
  if (unknown.length) throw new UserError(runMsg.unknownFileKind(unknown), runMsg.unknownFileKindHint(GIVEN_KINDS));
  return { tabular, surveys, coded };
}

async function tellKind(file: string): Promise<GivenKind | 'coded' | undefined> {
  const workbook = /\.xlsx$/i.test(file);
  if (!workbook) {
    const tabular = await detectKind(file);
    if (tabular) return tabular;
  }
  // A survey export is small (responses, not records), so reading it whole to look at its header rows is cheap.
  const grid = await readGrid(file, new ProblemLog(file));
  if (surveyExportLayout(grid.rows)) return 'survey';
  if (!workbook && isCodingSheetHeader(new Columns(await readHeader(file)))) return 'coded';
  return undefined;
}
