import { describe, expect, it } from 'vitest';
import { configFromRaw } from '../../src/config/validate-config.js';
import { type MetricRow, metricRow } from '../../src/model/metric.js';
import { type PlanInput, planContext } from '../../src/plan/context.js';
import { type Gap, gapPhrase, type HubChange, hubChangesSentence, rangePhrase } from '../../src/plan/phrases/index.js';
import { summaryFindings, summarySections } from '../../src/plan/sections/summary.js';
import { planInputOf } from './plan-input.js';

/**
 * with more than six hubs, sentences count hubs and name only the
 * extremes, instead of listing every hub. A hand-made eight-hub fixture; the four-hub wording is the golden test's.
 */
const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'] as const;

/** Rises in Alpha (0.4), Bravo (1.9) and Charlie (0.8); a fall in Delta (1.1); no clear change in the other four. */
const CHANGES: readonly HubChange[] = [
  { name: 'Alpha', value: 0.4, clear: true },
  { name: 'Bravo', value: 1.9, clear: true },
  { name: 'Charlie', value: 0.8, clear: true },
  { name: 'Delta', value: -1.1, clear: true },
  { name: 'Echo', value: 0.2, clear: false },
  { name: 'Foxtrot', value: -0.3, clear: false },
  { name: 'Golf', value: 0.1, clear: false },
  { name: 'Hotel', value: 0.6, clear: false },
];

describe('hubChangesSentence with eight hubs', () => {
  it('counts the hubs that rose, names the extremes, and counts the rest', () => {
    expect(hubChangesSentence('the sustained EET rate', CHANGES, { style: 'upTo' })).toBe(
      'the sustained EET rate rose in three of the eight hubs, by up to 1.9 percentage points (Bravo; least in ' +
        'Alpha, 0.4), and fell in Delta, by 1.1 percentage points; the other four hubs showed no clear change',
    );
  });

  it('says "every hub" when all rose, and names the ends of the range', () => {
    const all = NAMES.map((name, k) => ({ name, value: 0.5 + k / 10, clear: true }));
    expect(hubChangesSentence('the rate', all, { style: 'fromTo' })).toBe(
      'the rate rose in every hub, by 0.5 percentage points in Alpha to 1.2 in Hotel',
    );
  });

  it('a rise whose interval includes zero is never a rise, however many hubs', () => {
    const none = CHANGES.map((c) => ({ ...c, clear: false }));
    expect(hubChangesSentence('the rate', none)).toBe('the rate showed no clear change in any hub');
    const some = CHANGES.map((c, k) => ({ ...c, clear: k === 1 }));
    expect(hubChangesSentence('the rate', some)).toBe(
      'the rate rose in Bravo, by 1.9 percentage points; the other seven hubs showed no clear change',
    );
  });

  it('names up to three suppressed hubs, counts more, and never counts them as no change', () => {
    const three = CHANGES.map((c, k) => (k >= 5 ? { ...c, value: null, symbol: 'c' } : c));
    expect(hubChangesSentence('the rate', three)).toBe(
      'the rate rose in three of the eight hubs, by between 0.4 percentage points (Alpha) and 1.9 (Bravo), and ' +
        'fell in Delta, by 1.1 percentage points; Echo showed no clear change; the figures for Foxtrot, Golf and ' +
        'Hotel are suppressed',
    );
    const four = CHANGES.map((c, k) => (k >= 4 ? { ...c, value: null, symbol: 'c' } : c));
    expect(hubChangesSentence('the rate', four)).toContain('the figures for four of the eight hubs are suppressed');
  });

  it('a tie across many hubs is not listed (the subject counts them)', () => {
    expect(
      rangePhrase(
        NAMES.map((name) => ({ name, value: 2.7 })),
        'mean',
        'between',
        ' benchmarks',
      ),
    ).toBe('2.7 benchmarks');
  });
});

describe('gapPhrase with eight hubs', () => {
  const gap = (name: string, value: number | null, half = 0.3): Gap => ({
    name,
    value,
    low: value === null ? null : value - half,
    high: value === null ? null : value + half,
  });

  it('counts each side, names the extremes, names the comparator once', () => {
    const gaps = [
      gap('Alpha', 1.2),
      gap('Bravo', 2.4),
      gap('Charlie', 0.5),
      gap('Delta', 0.9),
      gap('Echo', -0.8),
      gap('Foxtrot', 0.1),
      gap('Golf', -0.2),
      gap('Hotel', null),
    ];
    expect(gapPhrase(gaps, 'the England rate (93.3%)', 'fromTo')).toBe(
      'four of the eight hubs were above the England rate (93.3%), by 0.5 percentage points in Charlie to 2.4 in ' +
        'Bravo, Echo was 0.8 percentage points below it, two of the eight hubs were similar to it (the 95% ' +
        'confidence interval of the difference includes zero), and Hotel could not be compared (suppressed or not ' +
        'available)',
    );
  });

  it('says a long subject once', () => {
    const gaps = [...NAMES.slice(0, 6).map((n, k) => gap(n, -1 - k / 10)), gap('Golf', 0.9), gap('Hotel', 0)];
    const who = (names: string, plural: boolean) => `the share not sustained in ${names} ${plural ? 'were' : 'was'}`;
    expect(gapPhrase(gaps, 'the England rate', 'upTo', who)).toBe(
      'the share not sustained in Golf was 0.9 percentage points above the England rate, six of the eight hubs ' +
        'were below it, by up to 1.5 percentage points (Foxtrot; least in Alpha, 1.0), and Hotel was similar to ' +
        'it (the 95% confidence interval of the difference includes zero)',
    );
  });

  it('says "every hub" when all are clearly above', () => {
    const gaps = NAMES.map((name, k) => gap(name, 1 + k / 10));
    expect(gapPhrase(gaps, 'England')).toBe(
      'every hub was between 1.0 percentage points (Alpha) and 1.7 (Hotel) above England',
    );
  });
});

// ─── The executive summary of an eight-hub report ──────────────────────────────────────────────────────────────

const { config } = configFromRaw(
  {
    hubs: NAMES.map((name, k) => ({
      id: name.toLowerCase(),
      name,
      localAuthorities: [{ oldCode: `${201 + k}`, newCode: `E0900000${k + 1}`, name: `LA ${name}` }],
    })),
  },
  'test.json',
  '/tmp',
);

function input(rows: MetricRow[]): PlanInput {
  return planInputOf(rows, config, ['compass', 'institutions', 'neet', 'activities']);
}

const eet = (hub: string, value: number, diff: number | null = null) =>
  metricRow({
    measure: 'eet_sustained_pct',
    hub,
    period: '2020/21',
    breakdown: 'total',
    unit: 'pct',
    value,
    ci_low: value - 0.2,
    ci_high: value + 0.2,
    diff,
    diff_ci_low: diff === null ? null : diff - 0.3,
    diff_ci_high: diff === null ? null : diff + 0.3,
  });
const eetChange = (hub: string, c: HubChange) =>
  metricRow({
    measure: 'eet_change_since_start_pp',
    hub,
    period: '2015/16-2020/21',
    breakdown: 'total',
    unit: 'pp',
    value: c.value,
    // A clear change's interval excludes zero; an unclear one's includes it.
    ci_low: c.clear ? (c.value ?? 0) - Math.abs(c.value ?? 0) / 2 : (c.value ?? 0) - 1,
    ci_high: c.clear ? (c.value ?? 0) + Math.abs(c.value ?? 0) / 2 : (c.value ?? 0) + 1,
  });

describe('the executive summary of eight hubs', () => {
  // Hub rates 93.5% to 95.6% against England's 93.9%: gaps -0.4 to +1.7 percentage points.
  const levels = NAMES.map((_name, k) => 93.5 + k * 0.3);
  const rows = [
    ...NAMES.map((name, k) => eet(name.toLowerCase(), levels[k]!, levels[k]! - 93.9)),
    eet('all', 94.6),
    eet('england', 93.9),
    ...NAMES.map((name, k) => eetChange(name.toLowerCase(), CHANGES[k]!)),
    eetChange('all', { name: 'All hubs', value: 0.4, clear: true }),
    eetChange('england', { name: 'England', value: -0.2, clear: false }),
  ];
  const ctx = () => planContext(input(rows));

  it('does not list the hubs in the introduction or the findings', () => {
    const intro = summarySections(ctx())[0]!.blocks[0];
    expect(intro?.kind === 'paragraph' && intro.text).toContain('the eight Careers Hubs named in the methodology');
    const texts = summaryFindings(ctx()).map((f) => f.text);
    expect(texts[0]).toContain(
      'the sustained EET rate rose in three of the eight hubs, by between 0.4 percentage points (Alpha) and 1.9 ' +
        '(Bravo), and fell in Delta, by 1.1 percentage points; the other four hubs showed no clear change.',
    );
    // Gaps (interval +/-0.3): Alpha -0.4 (below), Bravo -0.1 and Charlie +0.2 (similar), Delta to Hotel +0.5 to
    // +1.7 (above).
    expect(texts[1]).toBe(
      'For the 2020/21 cohort, five of the eight hubs were above the England sustained EET rate, by 0.5 ' +
        'percentage points in Delta to 1.7 in Hotel, Alpha was 0.4 percentage points below it, and two of the ' +
        'eight hubs were similar to it (the 95% confidence interval of the difference includes zero).',
    );
    // No sentence lists more than three hub names.
    for (const t of texts) expect(NAMES.filter((n) => t.includes(n)).length).toBeLessThanOrEqual(3);
  });

  it('the comparison table shows all hubs, England and the hubs with the lowest and highest estimate', () => {
    const table = summarySections(ctx()).at(-1)!.blocks[0];
    if (table?.kind !== 'table') throw new Error('no comparison table');
    expect(table.table.columns).toEqual([
      'Measure',
      'All hubs',
      'England',
      'Hub with the lowest estimate',
      'Hub with the highest estimate',
    ]);
    expect(table.table.rows).toEqual([
      [
        '% in sustained EET after KS4 (cohort), 2020/21',
        '94.6% (94.4 to 94.8)',
        '93.9% (93.7 to 94.1)',
        'Alpha: 93.5% (93.3 to 93.7)',
        'Hotel: 95.6% (95.4 to 95.8)',
      ],
      [
        'Change in sustained EET since the hubs began, 2015/16 to 2020/21',
        '+0.4 pp (+0.2 to +0.6)',
        'no clear change',
        'Delta: -1.1 pp (-1.7 to -0.6)',
        'Bravo: +1.9 pp (+1.0 to +2.9)',
      ],
    ]);
    expect(table.table.note).toContain('the two ends, not a ranking');
  });
});
