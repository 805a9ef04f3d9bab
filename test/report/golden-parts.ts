import type { PlanJson } from '../../src/plan/plan-json.js';
import type { ReportPlan } from '../../src/plan/types.js';

/**
 * A report plan as the files of a golden folder, so that a change of wording and a change of a number show in
 * different files:
 *
 *   figures.json  every figure the report cites (id, measure, hub, period, value, unit, symbol, printed text...)
 *   prose.txt     every sentence, title, caption, note and alt text, one per line, keyed by where it sits
 *   tables.json   the cells of every table, by table id
 *   charts.json   the Vega-Lite spec of every chart, by chart id
 *   outline.json  the rest: the meta block and the sections' blocks, with `¶` where a prose line goes
 *
 * joinPlan puts them back together; the golden test checks that it gives the plan again, so the folder holds all of
 * it.
 */
export type GoldenParts = Readonly<Record<(typeof PART_FILES)[number], string>>;

export const PART_FILES = ['figures.json', 'prose.txt', 'tables.json', 'charts.json', 'outline.json'] as const;

/** The string fields of a block that are words, not identifiers. */
const PROSE_KEYS = new Set([
  'title',
  'subtitle',
  'text',
  'alt',
  'caption',
  'note',
  'source',
  'label',
  'value',
  'html',
  'term',
  'where',
]);
const PROSE = '¶';
const TABLE = '@tables.json';
const CHART = '@charts.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function splitPlan(plan: PlanJson): GoldenParts {
  const prose: string[] = [];
  const tables: Record<string, Json> = {};
  const charts: Record<string, Json> = {};
  const walk = (value: Json, at: string): Json => {
    if (Array.isArray(value)) return value.map((v, k) => walk(v, `${at}.${k}`));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, Json> = {};
    const id = typeof value.id === 'string' ? value.id : undefined;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'spec' && id !== undefined) {
        charts[unique(charts, id)] = v;
        out[key] = CHART;
      } else if ((key === 'rows' || key === 'columns') && id !== undefined && 'rows' in value && 'columns' in value) {
        const table = (tables[id] ?? {}) as Record<string, Json>;
        if (key in table) throw new Error(`two tables share the id ${id}`);
        tables[id] = { ...table, [key]: v };
        out[key] = TABLE;
      } else if (typeof v === 'string' && PROSE_KEYS.has(key)) {
        prose.push(`${at}.${key}: ${escapeLine(v)}`);
        out[key] = PROSE;
      } else out[key] = walk(v, `${at}.${key}`);
    }
    return out;
  };
  const sections = (plan.sections as unknown as Json[]).map((s) => walk(s, (s as { id: string }).id));
  return {
    'figures.json': json(plan.figures),
    'prose.txt': `${prose.join('\n')}\n`,
    'tables.json': json(tables),
    'charts.json': json(charts),
    'outline.json': json({ meta: plan.meta as unknown as Json, sections }),
  };
}

export function joinPlan(parts: GoldenParts): ReportPlan {
  const prose = new Map<string, string>();
  for (const line of parts['prose.txt'].split('\n').filter(Boolean)) {
    const cut = line.indexOf(': ');
    prose.set(line.slice(0, cut), unescapeLine(line.slice(cut + 2)));
  }
  const tables = JSON.parse(parts['tables.json']) as Record<string, Record<string, Json>>;
  const charts = JSON.parse(parts['charts.json']) as Record<string, Json>;
  const walk = (value: Json, at: string): Json => {
    if (Array.isArray(value)) return value.map((v, k) => walk(v, `${at}.${k}`));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, Json> = {};
    const id = value.id as string;
    for (const [key, v] of Object.entries(value)) {
      if (v === CHART) out[key] = charts[id]!;
      else if (v === TABLE) out[key] = tables[id]![key]!;
      else if (v === PROSE) out[key] = prose.get(`${at}.${key}`)!;
      else out[key] = walk(v, `${at}.${key}`);
    }
    return out;
  };
  const outline = JSON.parse(parts['outline.json']) as { meta: Json; sections: Json[] };
  return {
    meta: outline.meta,
    sections: outline.sections.map((s) => walk(s, (s as { id: string }).id)),
    figures: JSON.parse(parts['figures.json']),
  } as unknown as ReportPlan;
}

/** Chart ids are unique in a plan; a repeat would lose a spec, so it is a failure of the split, not a merge. */
function unique(seen: Record<string, Json>, id: string): string {
  if (id in seen) throw new Error(`two charts share the id ${id}`);
  return id;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One line per prose field: backslashes and line breaks written as \\ and \n. */
function escapeLine(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function unescapeLine(text: string): string {
  return text.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}
