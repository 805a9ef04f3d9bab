import { describe, expect, it } from 'vitest';
import { fixed, formatCount, formatValue, signed } from '../../src/plan/format.js';
import { changeKind, changeSentence, gapPhrase, hubChangesSentence, rangePhrase } from '../../src/plan/phrases.js';

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
  it('reads like the evaluation: rose in all hubs, by between 0.2 percentage points (East) and 1.4 (Central)', () => {
    const items = [
      { name: 'Central', value: 1.41, clear: true },
      { name: 'East', value: 0.18, clear: true },
      { name: 'South', value: 0.9, clear: true },
      { name: 'West', value: 1.0, clear: true },
    ];
    expect(hubChangesSentence('the sustained EET rate', items)).toBe(
      'the sustained EET rate rose in all hubs, by between 0.2 percentage points (East) and 1.4 (Central)',
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
          { name: 'Central', value: 2.0 },
          { name: 'East', value: 0.8 },
          { name: 'West', value: 1.1 },
        ],
        'the England rate',
      ),
    ).toBe('all hubs were between 0.8 percentage points (East) and 2.0 (Central) above the England rate');
    expect(
      gapPhrase(
        [
          { name: 'Central', value: -0.4 },
          { name: 'East', value: 0.8 },
        ],
        'England',
      ),
    ).toBe('East was 0.8 percentage points above England, and Central was 0.4 percentage points below England');
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
