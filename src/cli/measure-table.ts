import { CATALOGUE, type MeasureFacts, type MeasureId, SOURCE_TEXT } from '../model/measures/index.js';

/** The README's measure table sits between these lines; `npm run readme` rewrites what is between them. */
export const TABLE_START = '<!-- measure table: generated from src/model/measures by `npm run readme` -->';
export const TABLE_END = '<!-- end of measure table -->';

interface Row {
  readonly ids: MeasureId[];
  readonly labels: string[];
  readonly facts: MeasureFacts;
}

/**
 * Derived measures made the same way (one family, unit, good direction, breakdowns, input and method: the changes
 * of the NEET rates over each span, say) share a row that names every id; a measure read from an input has its own.
 */
function rows(): Row[] {
  const byKey = new Map<string, Row>();
  for (const [id, f] of CATALOGUE) {
    const key =
      f.family === 'level' ? id : JSON.stringify([f.family, f.unit, f.better, f.breakdowns, f.source, f.method]);
    const row = byKey.get(key) ?? { ids: [], labels: [], facts: f };
    row.ids.push(id);
    row.labels.push(f.label);
    byKey.set(key, row);
  }
  return [...byKey.values()];
}

/** The words the labels of a row share, with `…` for where they differ ("change in … against England's change"). */
function sharedLabel(labels: readonly string[]): string {
  if (labels.length === 1) return labels[0]!;
  const words = labels.map((l) => l.split(' '));
  const shortest = Math.min(...words.map((w) => w.length));
  const same = (at: (w: string[]) => string | undefined) => words.every((w) => at(w) === at(words[0]!));
  let head = 0;
  while (head < shortest && same((w) => w[head])) head++;
  let tail = 0;
  while (tail < shortest - head && same((w) => w[w.length - 1 - tail])) tail++;
  const first = words[0]!;
  return [...first.slice(0, head), '…', ...first.slice(first.length - tail)].join(' ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The measure table: every id in the catalogue, with its unit, good direction, breakdowns, definition and input. */
export function measureTableMarkdown(): string {
  const lines = [
    '| measure | unit | better | breakdowns | definition | input |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows().map(({ ids, labels, facts: f }) =>
      [
        ids.map((id) => `\`${id}\``).join(', '),
        f.unit,
        f.better,
        f.breakdowns.map((b) => `\`${b}\``).join(', '),
        `${sharedLabel(labels)}: ${f.method}`,
        f.source,
      ]
        .map(cell)
        .join(' | '),
    ),
  ];
  const sources = Object.entries(SOURCE_TEXT).map(([kind, text]) => `\`${kind}\`: ${text}`);
  return [...lines.map((l, i) => (i < 2 ? l : `| ${l} |`)), '', `Inputs: ${sources.join('; ')}.`].join('\n');
}

/** The README with its measure table regenerated; a README without the two marker lines is a bug in the README. */
export function withMeasureTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${TABLE_START}" ... "${TABLE_END}" block`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${measureTableMarkdown()}\n\n${readme.slice(end)}`;
}
