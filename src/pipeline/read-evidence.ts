import path from 'node:path';
import { containedFile } from '../config/contained-file.js';
import { expandPattern } from '../config/glob.js';
import type { Config, SurveyConfig } from '../config/schema.js';
import { readCodedThemes } from '../ingest/coded-themes.js';
import { readEvidence } from '../ingest/evidence.js';
import { readSurvey } from '../ingest/surveys/read-survey.js';
import type { CodedQuestion } from '../model/coded-theme.js';
import type { EvidenceItem } from '../model/evidence.js';
import type { Problem } from '../model/problem.js';
import type { SurveyData, SurveyPlacement } from '../model/survey.js';

export interface EvidenceFiles {
  readonly surveys: readonly { readonly data: SurveyData; readonly config: SurveyConfig | null }[];
  readonly items: readonly EvidenceItem[];
  /** The evaluator's coding of free-text answers (`evaluation.codedThemes`), read with the survey exports. */
  readonly coded?: readonly CodedQuestion[];
  readonly problems: readonly Problem[];
}

/**
 * Reads the survey exports (`inputs.surveys`, each with its `surveys` entry when the config has one) and the
 * evidence Markdown files (`inputs.evidence`, which must sit inside the config's folder tree, as they are
 * published). `files` are the resolved inputs; nothing is read when neither kind is configured. The coding sheets
 * are the config's (`evaluation.codedThemes`, read when there are surveys) unless `files.coded` lists them.
 */
export async function readEvidenceFiles(
  config: Config,
  files: {
    readonly surveys?: readonly string[];
    readonly evidence?: readonly string[];
    readonly coded?: readonly string[];
  },
  onFile: (file: string) => void = () => {},
  options: {
    readonly hubOf?: (by: SurveyPlacement, value: string) => string | undefined;
    /** Personal data in evidence is an error, not a warning (`--strict`). */
    readonly strict?: boolean;
  } = {},
): Promise<EvidenceFiles> {
  const problems: Problem[] = [];
  const surveys: { data: SurveyData; config: SurveyConfig | null }[] = [];
  for (const file of files.surveys ?? []) {
    onFile(file);
    const entry = surveyEntry(config, file);
    const { survey, problems: p } = await readSurvey(file, {
      minRepeats: config.sdc.threshold,
      hubOf: options.hubOf,
      ...(entry ? { id: entry.id, questions: entry.questions } : {}),
      ...(entry?.placement ? { placement: entry.placement } : {}),
    });
    surveys.push({ data: survey, config: entry ?? null });
    problems.push(...p);
  }
  const items: EvidenceItem[] = [];
  const hubIds = config.hubs.map((h) => h.id);
  for (const file of files.evidence ?? []) {
    onFile(file);
    const inside = containedFile(config, 'inputs.evidence', path.relative(config.dir, file), ['.md', '.markdown']);
    const { item, problems: p } = await readEvidence(inside, hubIds, { strict: options.strict === true });
    if (item) items.push(item);
    problems.push(...p);
  }
  const coded: CodedQuestion[] = [];
  for (const { file, sheet } of codingSheets(config, files)) {
    onFile(file);
    const { coded: c, problems: p } = await readCodedThemes(file, sheet);
    coded.push(c);
    problems.push(...p);
  }
  return { surveys, items, coded, problems };
}

type Sheet = { readonly survey: string; readonly question: string; readonly text: string };

/** The coding sheets to read, each with the question it codes (unnamed for a sheet the config does not list). */
function codingSheets(
  config: Config,
  files: { readonly surveys?: readonly string[]; readonly coded?: readonly string[] },
): { file: string; sheet: Sheet }[] {
  const sheets = config.evaluation.codedThemes;
  if (files.coded) {
    const unnamed: Sheet = { survey: '', question: '', text: '' };
    const named = (file: string) => sheets.find((s) => path.resolve(config.dir, s.file) === path.resolve(file));
    return files.coded.map((file) => ({ file, sheet: named(file) ?? unnamed }));
  }
  return (files.surveys?.length ? sheets : []).map((sheet, k) => ({
    file: containedFile(config, `evaluation.codedThemes[${k}].file`, sheet.file, ['.csv', '.tsv', '.txt']),
    sheet,
  }));
}

/** The `surveys` entry whose `file` path or glob matches the export. */
function surveyEntry(config: Config, file: string): SurveyConfig | undefined {
  return config.surveys.find((s) => expandPattern(s.file, config.dir).files.includes(path.resolve(file)));
}
