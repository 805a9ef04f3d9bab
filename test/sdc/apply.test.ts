import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import { applySdc } from '../../src/sdc/apply.js';
import { additiveMargins } from '../../src/sdc/margins.js';
import { rowKey } from '../../src/sdc/row-key.js';
import { peopleCount, peopleRate } from './fixtures.js';

const options = { threshold: 5, rounding: 5, minInstitutions: 3 };

describe('applySdc', () => {
  it('suppresses, protects the margin, then rounds what is left', () => {
    const rows = [
      peopleCount('all', 'all', 63),
      peopleCount('a', 'all', 3),
      peopleCount('b', 'all', 21),
      peopleCount('c', 'all', 12),
      peopleCount('d', 'all', 27),
    ];
    const out = applySdc(rows, options, additiveMargins(rows, { hubs: ['a', 'b', 'c', 'd'] }));
    expect(out.map((r) => [r.hub, r.value, r.symbol])).toEqual([
      ['all', 65, ''],
      ['a', null, 'c'],
      ['b', 20, ''],
      ['c', null, 'c'],
      ['d', 25, ''],
    ]);
    expect(out[1]!.note).toBe('suppressed: fewer than 5 people');
    expect(out[3]!.note).toBe('suppressed: would let another suppressed figure be worked out by subtraction');
  });

  it('decides on unrounded counts: 3 is suppressed though it rounds to 5, 2 would round to 0 but is suppressed', () => {
    const out = applySdc(
      [peopleCount('a', 'all', 3), peopleCount('b', 'all', 2), peopleCount('c', 'all', 5), peopleCount('d', 'all', 7)],
      options,
    );
    expect(out.map((r) => r.value)).toEqual([null, null, 5, 5]);
  });

  it('computes rates from unrounded counts and publishes them to one decimal place', () => {
    const [rate] = applySdc([peopleRate('east', 'all', 187, 201)], options);
    expect(rate).toMatchObject({ numerator: 185, denominator: 200, comparator: 94.1 });
    // 187 / 201 = 93.0348% -> 93.0, not 185 / 200 = 92.5 from the rounded counts;
    // diff 93.0348 - 94.1 = -1.0652 -> -1.1.
    expect(rate!.value).toBe(93);
    expect(rate!.diff).toBe(-1.1);
  });

  it('rounds pct, pp and mean columns to rateDecimals, halves away from zero', () => {
    const pp = metricRow({
      measure: 'eet_change_pp',
      hub: 'a',
      period: '2019/20-2020/21',
      breakdown: 'all',
      unit: 'pp',
      value: -1.25,
      ci_low: -2.349,
      ci_high: 0.051,
    });
    const mean = metricRow({
      measure: 'compass_mean_benchmarks_achieved',
      hub: 'a',
      period: '2020/21',
      breakdown: 'all',
      unit: 'mean',
      value: 3.14162,
    });
    const [p, m] = applySdc([pp, mean], { ...options, rateDecimals: 2 });
    expect([p!.value, p!.ci_low, p!.ci_high]).toEqual([-1.25, -2.35, 0.05]);
    // Means too: at full precision beside the type-group means they would give away a left-over group's total.
    expect(m!.value).toBe(3.14);
    const [p0] = applySdc([pp], { ...options, rateDecimals: 0 });
    expect([p0!.value, p0!.ci_low, p0!.ci_high]).toEqual([-1, -2, 0]);
    expect(() => applySdc([], { ...options, rateDecimals: 1.5 })).toThrow(RangeError);
  });

  it('rejects impossible settings', () => {
    expect(() => applySdc([], { ...options, rounding: 0 })).toThrow(RangeError);
    expect(() => applySdc([], { ...options, threshold: Number.NaN })).toThrow(RangeError);
    expect(() => applySdc([], { ...options, minInstitutions: -1 })).toThrow(RangeError);
  });
});

// Random hub × breakdown tables with consistent totals: a count of people and a rate per cell, counts skewed small
// so that suppression happens often.
const smallCount = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 60 }));
const tableArb = fc.record({
  hubCount: fc.integer({ min: 1, max: 4 }),
  breakdownCount: fc.integer({ min: 1, max: 4 }),
  cells: fc.array(
    fc.record({
      count: smallCount,
      numerator: smallCount,
      extra: smallCount,
      institutions: fc.integer({ min: 0, max: 8 }),
    }),
    { minLength: 16, maxLength: 16 },
  ),
  options: fc.record({
    threshold: fc.integer({ min: 1, max: 11 }),
    rounding: fc.integer({ min: 1, max: 10 }),
    minInstitutions: fc.integer({ min: 0, max: 4 }),
  }),
});

type Table = typeof tableArb extends fc.Arbitrary<infer T> ? T : never;
type Cell = { count: number; numerator: number; denominator: number; institutions: number };

/** The rows (every hub × breakdown cell, hub totals, breakdown totals, grand total) and their margins. */
function buildTable(t: Table): { rows: MetricRow[]; margins: ReturnType<typeof additiveMargins> } {
  const hubs = Array.from({ length: t.hubCount }, (_, i) => `h${i}`);
  const breakdowns = Array.from({ length: t.breakdownCount }, (_, i) => `b${i}`);
  const grid = new Map<string, Cell>();
  for (const [i, h] of hubs.entries()) {
    for (const [j, b] of breakdowns.entries()) {
      const c = t.cells[i * 4 + j]!;
      grid.set(`${h}|${b}`, {
        count: c.count,
        numerator: c.numerator,
        denominator: c.numerator + c.extra,
        institutions: c.institutions,
      });
    }
  }
  const sum = (hs: readonly string[], bs: readonly string[]): Cell => {
    const total = { count: 0, numerator: 0, denominator: 0, institutions: 0 };
    for (const h of hs)
      for (const b of bs) {
        const c = grid.get(`${h}|${b}`)!;
        total.count += c.count;
        total.numerator += c.numerator;
        total.denominator += c.denominator;
        total.institutions += c.institutions;
      }
    return total;
  };
  const rows: MetricRow[] = [];
  for (const h of [...hubs, 'all']) {
    for (const b of [...breakdowns, 'all']) {
      const c = sum(h === 'all' ? hubs : [h], b === 'all' ? breakdowns : [b]);
      rows.push(
        metricRow({
          measure: 'membership_pupils',
          hub: h,
          period: '2023/24',
          breakdown: b,
          unit: 'count',
          value: c.count,
          sdc: { counts: 'people', institutions: c.institutions },
        }),
      );
      const value = c.denominator === 0 ? null : (100 * c.numerator) / c.denominator;
      rows.push(
        metricRow({
          measure: 'eet_sustained_pct',
          hub: h,
          period: '2023/24',
          breakdown: b,
          unit: 'pct',
          value,
          numerator: c.numerator,
          denominator: c.denominator,
          ci_low: value === null ? null : value / 2,
          ci_high: value === null ? null : value / 2 + 50,
          symbol: value === null ? 'z' : '',
          sdc: { counts: 'people' },
        }),
      );
    }
  }
  const margins = additiveMargins(rows, { hubs, breakdownGroups: () => [breakdowns] });
  return { rows, margins };
}

const peopleFigures = (r: MetricRow) =>
  [r.unit === 'count' ? r.value : null, r.numerator, r.denominator].filter((v): v is number => v !== null);

describe('applySdc properties', () => {
  it('publishes no count of people between 1 and threshold − 1', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const { rows, margins } = buildTable(t);
        const out = applySdc(rows, t.options, margins);
        for (const r of out) for (const v of peopleFigures(r)) expect(v === 0 || v >= t.options.threshold).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves no margin with exactly one suppressed cell', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const { rows, margins } = buildTable(t);
        const out = applySdc(rows, t.options, margins);
        const symbol = new Map(out.map((r) => [rowKey(r), r.symbol]));
        for (const m of margins) {
          const hidden = [m.total, ...m.parts].filter((k) => symbol.get(k) === 'c').length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('publishes every count of people as a multiple of the rounding base', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const { rows, margins } = buildTable(t);
        for (const r of applySdc(rows, t.options, margins)) {
          for (const v of peopleFigures(r)) expect(v % t.options.rounding).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('publishes every rate and interval as computed from unrounded counts, to one decimal place', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const { rows, margins } = buildTable(t);
        const out = applySdc(rows, t.options, margins);
        const oneDp = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
        out.forEach((r, i) => {
          const before = rows[i]!;
          expect(rowKey(r)).toBe(rowKey(before));
          if (r.unit === 'pct' && r.symbol !== 'c') {
            // Rates here are positive, so Math.round (halves up) is the same as halves away from zero.
            expect([r.value, r.ci_low, r.ci_high]).toEqual([before.value, before.ci_low, before.ci_high].map(oneDp));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
