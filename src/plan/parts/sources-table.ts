import type { InputKind } from '../../model/records.js';
import type { PlanContext } from '../context.js';
import { formatCount } from '../format.js';
import { countWord, fileCount, INPUT_TITLES, OTHER_SOURCES } from '../phrases/index.js';
import type { PlanTable } from '../types.js';

const KINDS: readonly InputKind[] = ['institutions', 'compass', 'destinations', 'neet', 'activities'];
const TOOLS = { surveymonkey: 'SurveyMonkey', qualtrics: 'Qualtrics', forms: 'Forms' } as const;

/** "2019/20 to 2023/24" from the academic years given, or "" when none. */
export function yearSpan(periods: readonly string[]): string {
  const years = [...new Set(periods.flatMap((p) => p.match(/\d{4}\/\d{2}/g) ?? []))].sort();
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined ? '' : first === last ? first : `${first} to ${last}`;
}

/**
 * Every input of the report by title and publisher, with the years it covers and how much of it was used: the
 * administrative files by kind, then the statistical neighbours, each survey, each coded question and the evidence
 * items. No file name, layout or digest: those are for the evaluator and the HTML provenance annex.
 */
export function sourcesTable(ctx: PlanContext, id: string, caption: string): PlanTable {
  const { input } = ctx;
  const rows: string[][] = [];
  for (const kind of KINDS) {
    const files = input.files.filter((f) => f.kind === kind);
    if (files.length === 0) continue;
    const { title, publisher } = INPUT_TITLES[kind];
    const rowsKept = files.reduce((n, f) => n + f.rowsKept, 0);
    rows.push([
      title,
      publisher,
      yearSpan(files.flatMap((f) => f.years)),
      `${formatCount(rowsKept)} rows (${fileCount(files.length, countWord)})`,
    ]);
  }
  const neighbours = input.metrics.neighbours;
  if (neighbours) {
    const areas = new Set(neighbours.groups.flatMap((g) => g.members.map((m) => m.la.name)));
    rows.push([
      OTHER_SOURCES.neighbours.title,
      OTHER_SOURCES.neighbours.publisher,
      '',
      `${formatCount(areas.size)} comparison areas`,
    ]);
  }
  for (const s of input.evidence?.surveys ?? []) {
    const { title, publisher } = OTHER_SOURCES.survey(s.title, TOOLS[s.data.layout]);
    rows.push([title, publisher, s.period ?? input.year, `${formatCount(s.data.responses.length)} responses`]);
  }
  for (const q of input.evidence?.themes ?? []) {
    const { title, publisher } = OTHER_SOURCES.coded(q.text);
    rows.push([title, publisher, input.year, `${q.base.symbol || formatCount(q.base.value ?? 0)} coded answers`]);
  }
  const items = (input.evidence?.items ?? []).filter((i) => i.consent);
  if (items.length)
    rows.push([
      OTHER_SOURCES.evidence.title,
      OTHER_SOURCES.evidence.publisher,
      input.year,
      `${formatCount(items.length)} items`,
    ]);
  return { id, caption, columns: ['Source', 'Publisher or holder', 'Years', 'Used'], rows };
}
