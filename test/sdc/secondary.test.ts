import { describe, expect, it } from 'vitest';
import { additiveMargins } from '../../src/sdc/margins.js';
import { primarySuppression } from '../../src/sdc/primary.js';
import { type Margin, rowKey } from '../../src/sdc/row-key.js';
import { secondarySuppression } from '../../src/sdc/secondary.js';
import { peopleCount, peopleRate } from './fixtures.js';

const options = { threshold: 5, rounding: 5, minInstitutions: 3 };
const key = (hub: string, breakdown = 'all', measure = 'membership_pupils') => `${measure}|${hub}|2023/24|${breakdown}`;
const symbols = (rows: readonly { hub: string; breakdown: string; symbol: string }[]) =>
  Object.fromEntries(rows.map((r) => [`${r.hub}/${r.breakdown}`, r.symbol]));

describe('secondarySuppression', () => {
  it('hides the smallest other part when one hub is suppressed', () => {
    const rows = primarySuppression(
      [
        peopleCount('all', 'all', 63),
        peopleCount('a', 'all', 3),
        peopleCount('b', 'all', 20),
        peopleCount('c', 'all', 12),
        peopleCount('d', 'all', 28),
      ],
      options,
    );
    const margin: Margin = { total: key('all'), parts: ['a', 'b', 'c', 'd'].map((h) => key(h)) };
    const out = secondarySuppression(rows, [margin], 'secondary');
    expect(symbols(out)).toEqual({ 'all/all': '', 'a/all': 'c', 'b/all': '', 'c/all': 'c', 'd/all': '' });
    expect(out[3]!.note).toBe('secondary');
  });

  it('breaks ties by key and passes over zero parts', () => {
    const rows = primarySuppression(
      [
        peopleCount('all', 'all', 22),
        peopleCount('a', 'all', 2),
        peopleCount('z', 'all', 0),
        peopleCount('y', 'all', 10),
        peopleCount('x', 'all', 10),
      ],
      options,
    );
    const out = secondarySuppression(
      rows,
      [{ total: key('all'), parts: ['a', 'z', 'y', 'x'].map((h) => key(h)) }],
      's',
    );
    expect(symbols(out)).toEqual({ 'all/all': '', 'a/all': 'c', 'z/all': '', 'y/all': '', 'x/all': 'c' });
  });

  it('hides the total when the only other part is already gone', () => {
    const rows = primarySuppression([peopleCount('all', 'all', 3), peopleCount('a', 'all', 3)], options);
    const out = secondarySuppression(rows, [{ total: key('all'), parts: [key('a')] }], 's');
    expect(out.map((r) => r.symbol)).toEqual(['c', 'c']);
  });

  it('leaves margins with no or two suppressed cells alone', () => {
    const rows = primarySuppression(
      [
        peopleCount('all', 'all', 25),
        peopleCount('a', 'all', 2),
        peopleCount('b', 'all', 3),
        peopleCount('c', 'all', 20),
      ],
      options,
    );
    const out = secondarySuppression(rows, [{ total: key('all'), parts: ['a', 'b', 'c'].map((h) => key(h)) }], 's');
    expect(out.map((r) => r.symbol)).toEqual(['', 'c', 'c', '']);
  });

  it('sweeps row and column margins to a fixed point (hub × breakdown table)', () => {
    // girls/boys by hub; only east/girls is small. Suppressing east/boys (row margin) then unbalances the boys
    // column, which takes the smallest other boys cell (west/boys), which unbalances west's row, and so on.
    const cells: [string, string, number][] = [
      ['east', 'girls', 2],
      ['east', 'boys', 30],
      ['west', 'girls', 40],
      ['west', 'boys', 25],
    ];
    const rows = [
      ...cells.map(([h, b, v]) => peopleCount(h, b, v)),
      peopleCount('east', 'all', 32),
      peopleCount('west', 'all', 65),
      peopleCount('all', 'girls', 42),
      peopleCount('all', 'boys', 55),
      peopleCount('all', 'all', 97),
    ];
    const margins = additiveMargins(rows, { hubs: ['east', 'west'], breakdownGroups: () => [['girls', 'boys']] });
    expect(margins).toHaveLength(6);
    const out = secondarySuppression(primarySuppression(rows, options), margins, 's');
    const hidden = out
      .filter((r) => r.symbol === 'c')
      .map(rowKey)
      .sort();
    expect(hidden).toEqual(
      [key('east', 'boys'), key('east', 'girls'), key('west', 'boys'), key('west', 'girls')].sort(),
    );
    for (const m of margins) {
      const n = [m.total, ...m.parts].filter((k) => out.find((r) => rowKey(r) === k)!.symbol === 'c').length;
      expect(n === 0 || n >= 2).toBe(true);
    }
  });

  it('treats a rate row as one cell, hiding its numerator and denominator together', () => {
    const rows = primarySuppression(
      [
        peopleRate('all', 'all', 150, 160),
        peopleRate('a', 'all', 3, 3),
        peopleRate('b', 'all', 90, 95),
        peopleRate('c', 'all', 57, 62),
      ],
      options,
    );
    const out = secondarySuppression(rows, additiveMargins(rows, { hubs: ['a', 'b', 'c'] }), 's');
    expect(out.map((r) => r.symbol)).toEqual(['', 'c', '', 'c']);
    expect(out[3]).toMatchObject({ numerator: null, denominator: null, value: null });
  });

  it('refuses a table with two rows under one key', () => {
    const rows = [peopleCount('a', 'all', 3), peopleCount('a', 'all', 4)];
    expect(() => secondarySuppression(rows, [{ total: key('a'), parts: [] }], 's')).toThrow(/share the key/);
  });
});
