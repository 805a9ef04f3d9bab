import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureTableMarkdown, TABLE_END, TABLE_START, withMeasureTable } from '../../src/cli/measure-table.js';
import { CATALOGUE } from '../../src/model/measures/index.js';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('the README measure table', () => {
  it('is the one generated from the catalogue (run `npm run readme` after changing a measure)', () => {
    expect(README).toContain(TABLE_START);
    expect(README).toContain(TABLE_END);
    expect(withMeasureTable(README)).toBe(README);
  });

  it('names every catalogue id once, as code, with its unit and good direction', () => {
    const table = measureTableMarkdown();
    // The first cell of each body row: the ids it names.
    const firsts = table
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.split(' | ')[0]!);
    const named = firsts.flatMap((c) => [...c.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]));
    expect(named).toHaveLength(CATALOGUE.size);
    for (const id of CATALOGUE.keys())
      expect(
        named.filter((n) => n === id),
        id,
      ).toHaveLength(1);
    // Hand-checked rows: a rate read from the NEET files, and a derived change grouped with its siblings.
    expect(table).toContain('| `neet_pct` | pct | lower | `all` | 16 to 17 year olds NEET: ');
    expect(table).toMatch(
      /\| `neet_change_pp`, `neet_change_since_start_pp`, [^|]+ \| pp \| lower \| `all` \| change in /,
    );
    expect(table).toContain('| `teacher_cpd_participations` | count | higher | `all`, `strand:<strand>` |');
  });

  it('tells a README without its markers', () => {
    expect(() => withMeasureTable('# no table here\n')).toThrow(TABLE_START);
  });
});
