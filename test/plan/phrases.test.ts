import { describe, expect, it } from 'vitest';
import { metricRow } from '../../src/model/metric.js';
import { fixed, formatCount, formatValue, signed } from '../../src/plan/format.js';
import {
  allClearly,
  changeCell,
  changeKind,
  changeSentence,
  changeTitle,
  countWord,
  gapOf,
  gapPhrase,
  hubChangesSentence,
  hubsPhrase,
  intervalCell,
  rangePhrase,
  rankingSentence,
  withInterval,
} from '../../src/plan/phrases/index.js';
import { leaders } from '../../src/stats/change.js';

describe('changeSentence', () => {
  const subject = 'the average number of Gatsby Benchmarks fully achieved';

  it('words a clear rise in every year as the evaluation does', () => {
    const s = changeSentence(
      subject,
      {
        from: { period: '2019/20', value: 2.61 },
        to: { period: '2023/24', value: 5.34 },
        low: 2.4,
        high: 3.1,
        everyYear: 'rising',
      },
      'mean',
    );
    expect(s).toBe(
      'The average number of Gatsby Benchmarks fully achieved rose every year from 2.6 in 2019/20 to 5.3 in 2023/24.',
    );
  });

  it('words a clear fall', () => {
    const s = changeSentence(
      'the apprenticeship rate',
      { from: { period: '2015/16', value: 4.7 }, to: { period: '2020/21', value: 3.3 }, low: -1.5, high: -1.3 },
      'pct',
    );
    expect(s).toBe('The apprenticeship rate fell from 4.7% in 2015/16 to 3.3% in 2020/21.');
  });

  it('words a change whose interval includes zero as no clear change', () => {
    const f = {
      from: { period: '2015/16', value: 94.0 },
      to: { period: '2020/21', value: 94.2 },
      low: -0.3,
      high: 0.7,
    };
    expect(changeKind(f)).toBe('no_clear_change');
    expect(changeSentence('the sustained EET rate', f, 'pct')).toBe(
      'The sustained EET rate showed no clear change between 2015/16 (94.0%) and 2020/21 (94.2%); the 95% ' +
        'confidence interval of the change includes zero.',
    );
  });

  it('never shows a suppressed figure as 0', () => {
    const f = {
      from: { period: '2015/16', value: null, symbol: 'c' },
      to: { period: '2020/21', value: 91.2 },
      low: null,
      high: null,
    };
    expect(changeKind(f)).toBe('suppressed');
    const s = changeSentence('the rate for City of London', f, 'pct');
    expect(s).toBe(
      'The rate for City of London cannot be compared between 2015/16 and 2020/21: the figure for 2015/16 is ' +
        'suppressed or not available.',
    );
    expect(s).not.toMatch(/\b0(\.0)?%/);
  });
});

describe('ranges across hubs', () => {
  it('reads like the evaluation: rose in every hub, by between 0.2 percentage points (East) and 1.4 (Central)', () => {
    const items = [
      { name: 'Central', value: 1.41, clear: true },
      { name: 'East', value: 0.18, clear: true },
      { name: 'South', value: 0.9, clear: true },
      { name: 'West', value: 1.0, clear: true },
    ];
    expect(hubChangesSentence('the sustained EET rate', items)).toBe(
      'the sustained EET rate rose in every hub, by between 0.2 percentage points (East) and 1.4 (Central)',
    );
  });

  it('names the hubs that moved, those with no clear change, and suppressed or missing ones', () => {
    const items = [
      { name: 'Central', value: 0.7, clear: true },
      { name: 'West', value: 0.6, clear: true },
      { name: 'East', value: -0.4, clear: true },
      { name: 'South', value: 0.1, clear: false },
      { name: 'North', value: null, clear: false, symbol: 'c' },
      { name: 'Islands', value: null, clear: false, symbol: 'x' },
    ];
    expect(hubChangesSentence('the rate', items)).toBe(
      'the rate rose in Central and West, by between 0.6 percentage points (West) and 0.7 (Central), and fell in ' +
        'East, by 0.4 percentage points; South showed no clear change; the figures for North are suppressed; the ' +
        'figures for Islands are not available',
    );
  });

  it('a change whose own interval excludes zero but not once Holm-adjusted says so, so the word agrees', () => {
    const items = [
      { name: 'Central', value: -0.6, clear: false, lapsed: true },
      { name: 'East', value: -0.6, clear: false, lapsed: true },
      { name: 'South', value: 0.1, clear: false },
    ];
    expect(hubChangesSentence('the rate', items)).toBe(
      'the rate showed no clear change in any hub once adjusted for multiple comparisons (Holm; on each ' +
        "hub's own interval it fell in Central and East)",
    );
    expect(hubChangesSentence('the rate', [{ name: 'Central', value: 0.6, clear: false, lapsed: true }])).toBe(
      'the rate in Central showed no clear change once adjusted for multiple comparisons (Holm; on its own ' +
        'interval it rose)',
    );
  });

  it('no hub moving clearly', () => {
    expect(
      hubChangesSentence('the NEET rate', [
        { name: 'A', value: 0.1, clear: false },
        { name: 'B', value: -0.2, clear: false },
      ]),
    ).toBe('the NEET rate showed no clear change in any hub');
    expect(
      hubChangesSentence('the NEET rate', [
        { name: 'A', value: 0.1, clear: false },
        { name: 'B', value: null, clear: false, symbol: 'c' },
      ]),
    ).toBe('the NEET rate showed no clear change in A; the figures for B are suppressed');
  });

  it('states gaps to the national rate', () => {
    expect(
      gapPhrase(
        [
          { name: 'Central', value: 2.0, low: 1.5, high: 2.5 },
          { name: 'East', value: 0.8, low: 0.2, high: 1.4 },
          { name: 'West', value: 1.1, low: 0.6, high: 1.6 },
        ],
        'the England rate',
      ),
    ).toBe('every hub was between 0.8 percentage points (East) and 2.0 (Central) above the England rate');
    expect(
      gapPhrase(
        [
          { name: 'Central', value: -0.4, low: -0.7, high: -0.1 },
          { name: 'East', value: 0.8, low: 0.5, high: 1.1 },
        ],
        'England',
      ),
    ).toBe('East was 0.8 percentage points above England, and Central was 0.4 percentage points below England');
    // A gap with no interval is not "similar" (that would claim an interval including zero): it is untested.
    expect(
      gapPhrase(
        [
          { name: 'Central', value: 0.3, low: -0.1, high: 0.7 },
          { name: 'East', value: 0.8, low: null, high: null },
        ],
        'England',
      ),
    ).toBe(
      'Central was similar to England (the 95% confidence interval of the difference includes zero), and East was ' +
        'not tested against England (the difference has no confidence interval)',
    );
  });

  it('handles ties and no data', () => {
    expect(
      rangePhrase(
        [
          { name: 'A', value: 1.04 },
          { name: 'B', value: 0.96 },
        ],
        'pp',
      ),
    ).toBe('1.0 percentage points (B, A)');
    expect(rangePhrase([{ name: 'A', value: null }], 'pp')).toBe('not available');
  });
});

describe('formatting', () => {
  it('rounds halves away from zero and never prints -0.0', () => {
    expect(fixed(2.25, 1)).toBe('2.3');
    expect(fixed(-2.25, 1)).toBe('-2.3');
    expect(fixed(-0.04, 1)).toBe('0.0');
    expect(signed(1.4)).toBe('+1.4');
    expect(signed(-0.2)).toBe('-0.2');
    expect(formatCount(30139)).toBe('30,139');
    expect(formatValue(94.123, 'pct')).toBe('94.1%');
    expect(formatValue(null, 'pct', 'c')).toBe('c');
  });
});

describe('hubChangesSentence for one hub', () => {
  it('names the one hub of a single-hub report', () => {
    expect(hubChangesSentence('the sustained EET rate', [{ name: 'West', value: 0.61, clear: true }])).toBe(
      'the sustained EET rate in West rose by 0.6 percentage points',
    );
    expect(hubChangesSentence('the rate', [{ name: 'West', value: -1.7, clear: true }])).toBe(
      'the rate in West fell by 1.7 percentage points',
    );
    expect(hubChangesSentence('the rate', [{ name: 'West', value: 0.1, clear: false }])).toBe(
      'the rate in West showed no clear change',
    );
    expect(hubChangesSentence('the rate', [{ name: 'West', value: null, clear: false, symbol: 'c' }])).toBe(
      'the rate in West could not be compared (suppressed or not available)',
    );
  });
});

describe('every direction comes from the interval', () => {
  const falling = {
    from: { period: '2019/20', value: 2.6 },
    to: { period: '2023/24', value: 0.0 },
    // The interval of the difference of the two years' means (compass_mean_benchmarks_change), not the slope's.
    low: -3.1,
    high: -2.1,
    everyYear: 'falling' as const,
  };

  it('a falling Compass series is worded as a fall, in the sentence and in the chart title', () => {
    expect(changeSentence('the average number of Gatsby Benchmarks fully achieved', falling, 'mean')).toBe(
      'The average number of Gatsby Benchmarks fully achieved fell every year from 2.6 in 2019/20 to 0.0 in 2023/24.',
    );
    expect(changeTitle('average Gatsby Benchmarks fully achieved', falling, 'mean')).toBe(
      'Average Gatsby Benchmarks fully achieved fell to 0.0 in 2023/24',
    );
    expect(changeTitle('average', { ...falling, low: -0.5, high: 0.2 }, 'mean')).toBe(
      'Average: 0.0 in 2023/24, no clear change since 2019/20',
    );
    expect(
      changeTitle('average', { ...falling, low: 0.5, high: 1, to: { period: '2023/24', value: 3.1 } }, 'mean'),
    ).toBe('Average rose to 3.1 in 2023/24');
    expect(changeTitle('average', { ...falling, to: { period: '2023/24', value: null, symbol: 'c' } }, 'mean')).toBe(
      'Average, 2019/20 to 2023/24',
    );
  });

  it('hubs\' Compass changes: falls are falls, never "rose by -2.1"', () => {
    const s = hubChangesSentence(
      "each hub's average",
      [
        { name: 'North', value: -2.1, clear: true },
        { name: 'South', value: -2.6, clear: true },
        { name: 'East', value: 0.3, clear: false },
      ],
      { unit: 'mean', noun: ' benchmarks', style: 'fromTo' },
    );
    expect(s).toBe(
      "each hub's average fell in North and South, by 2.1 benchmarks in North to 2.6 in South; East showed no " +
        'clear change',
    );
    expect(s).not.toMatch(/rose by -/);
  });

  it('no interval, no direction: a change of a sampled figure without its interval is stated, not judged', () => {
    const f = { from: { period: '2022/23', value: 2.4 }, to: { period: '2023/24', value: 5.1 }, low: null, high: null };
    expect(changeKind(f)).toBe('no_interval');
    expect(changeSentence('the average', f, 'mean')).toBe('The average was 2.4 in 2022/23 and 5.1 in 2023/24.');
    // A count of every institution is exact: its sign is the finding; small counts are words.
    expect(
      changeSentence(
        'the number completing Compass',
        { ...f, from: { period: '2022/23', value: 8 }, to: { period: '2023/24', value: 9 }, exact: true },
        'count',
      ),
    ).toBe('The number completing Compass rose from eight in 2022/23 to nine in 2023/24.');
    expect(
      changeSentence(
        'the number',
        { ...f, from: { period: '2022/23', value: 12 }, to: { period: '2023/24', value: 12 }, exact: true },
        'count',
      ),
    ).toBe('The number was 12 in both 2022/23 and 2023/24.');
  });

  it('comparisons: above, below, similar (interval includes zero) and suppressed', () => {
    const gaps = [
      { name: 'Central', value: 0.31, low: -0.01, high: 0.63 },
      { name: 'East', value: 1.2, low: 0.8, high: 1.6 },
      { name: 'West', value: -0.9, low: -1.3, high: -0.5 },
      { name: 'South', value: null, low: null, high: null },
    ];
    expect(gapPhrase(gaps, 'England')).toBe(
      'East was 1.2 percentage points above England, West was 0.9 percentage points below England, Central was ' +
        'similar to England (the 95% confidence interval of the difference includes zero), and South could not be ' +
        'compared (suppressed or not available)',
    );
    expect(allClearly(gaps.slice(1, 2), 'above')).toBe(true);
    // one hub's gap interval includes zero, so "every hub was above England" is not said.
    expect(allClearly(gaps.slice(0, 2), 'above')).toBe(false);
    expect(
      gapPhrase(
        [
          { name: 'A', value: 0.2, low: -0.1, high: 0.5 },
          { name: 'B', value: -0.1, low: -0.4, high: 0.2 },
        ],
        'England',
      ),
    ).toBe('every hub was similar to England (the 95% confidence interval of the difference includes zero)');
    expect(gapOf('A', undefined)).toEqual({ name: 'A', value: null, low: null, high: null });
  });

  it('rankings name the tie, and say when nothing stands out', () => {
    const r = (name: string, value: number, low: number, high: number) => ({ item: { name }, value, low, high });
    const items = [r('Benchmark 1', 80, 77, 83), r('Benchmark 4', 56.5, 53, 60), r('Benchmark 6', 56.6, 53.1, 60.1)];
    expect(rankingSentence('In 2023/24', 'benchmark', leaders(items, 'top'), leaders(items, 'bottom'), 3)).toBe(
      'In 2023/24, the benchmark most often fully achieved was Benchmark 1; the benchmarks least often fully ' +
        'achieved were Benchmark 4 and Benchmark 6, too close to tell apart.',
    );
    const close = [r('Benchmark 1', 60, 50, 70), r('Benchmark 2', 55, 45, 65)];
    expect(rankingSentence('In 2023/24', 'benchmark', leaders(close, 'top'), leaders(close, 'bottom'), 2)).toBe(
      'In 2023/24, no benchmark stood out from the others: the differences lie within their 95% confidence intervals.',
    );
    // A suppressed benchmark (no value) takes no part in the ranking.
    const withSuppressed = [...items, { item: { name: 'Benchmark 8' }, value: Number.NaN, low: null, high: null }];
    expect(leaders(withSuppressed, 'bottom').map((x) => x.item.name)).toEqual(['Benchmark 4', 'Benchmark 6']);
    expect(rankingSentence('In 2023/24', 'benchmark', [], [], 8)).toBe('');
  });

  it('table cells: values with intervals, changes with intervals or "no clear change", symbols kept', () => {
    const row = (value: number | null, low: number | null, high: number | null, unit: 'pct' | 'pp' = 'pct') =>
      metricRow({
        measure: 'compass_coverage_pct',
        hub: 'h',
        period: 'p',
        breakdown: 'all',
        unit,
        value,
        ci_low: low,
        ci_high: high,
        symbol: value === null ? 'c' : '',
      });
    expect(intervalCell(row(95.04, 94.21, 95.8))).toBe('95.0% (94.2 to 95.8)');
    expect(changeCell(row(0.2, 0.1, 0.3, 'pp'))).toBe('+0.2 pp (+0.1 to +0.3)');
    expect(changeCell(row(0.2, -0.1, 0.5, 'pp'))).toBe('no clear change');
    expect(changeCell(row(null, null, null, 'pp'))).toBe('c');
    expect(intervalCell(undefined)).toBe('not available');
  });

  it('counts under ten in words; "the four Careers Hubs"', () => {
    expect(countWord(4)).toBe('four');
    expect(countWord(0)).toBe('no');
    expect(countWord(12)).toBe('12');
    expect(hubsPhrase(4)).toBe('the four Careers Hubs');
    expect(hubsPhrase(1)).toBe('the Careers Hub');
  });
});

describe('withInterval', () => {
  const change = (value: number, low: number, high: number, verdict: 'higher' | 'lower' | 'unclear') =>
    metricRow({
      measure: 'neet_or_not_known_change_since_start_pp',
      hub: 'all',
      period: '2020/21-2023/24',
      breakdown: 'all',
      unit: 'pp',
      value,
      ci_low: low,
      ci_high: high,
      verdict,
    });

  it('prints the limits to as many decimals as agree with the word fixed on the unrounded interval', () => {
    // England's change since the start on the samples: -0.198 to -0.002 is a fall; at one decimal it would touch 0.
    expect(withInterval('it fell by 0.1 percentage points', change(-0.1, -0.198, -0.002, 'lower'))).toBe(
      'it fell by 0.1 percentage points (95% confidence interval -0.198 to -0.002)',
    );
    expect(withInterval('it showed no clear change', change(0.1, -0.31, 0.52, 'unclear'))).toBe(
      'it showed no clear change (95% confidence interval -0.3 to +0.5)',
    );
  });

  it("joins a lapsed verdict's bracketed note, with the decimals of its own interval's word", () => {
    const lapsed = { ...change(-0.5, -0.96, -0.04, 'unclear'), verdict_nominal: 'lower' as const };
    expect(withInterval('it showed no clear change (Holm; on its own interval it fell)', lapsed)).toBe(
      'it showed no clear change (Holm; on its own interval it fell; 95% confidence interval -0.96 to -0.04)',
    );
  });
});
