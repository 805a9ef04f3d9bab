import { describe, expect, it } from 'vitest';
import { themeCounts } from '../../src/metrics/themes.js';
import type { CodedAnswer, CodedQuestion } from '../../src/model/coded-theme.js';

const SDC = { threshold: 5, rounding: 5, minInstitutions: 1, rateDecimals: 1 };

function answer(responseId: string, theme: string, extra: Partial<CodedAnswer> = {}): CodedAnswer {
  return { responseId, theme, quote: false, excerpt: '', consent: false, role: '', line: 0, ...extra };
}

/**
 * 148 coded answers (the n of Newcombe 1998, Table I, row 2): 15 carry "Employer encounters", so its share is
 * 15/148 = 10.14% with Wilson interval 6.24% to 16.05% (Newcombe's 0.0624 to 0.1605); 3 carry "Workload".
 */
function sheet(): CodedQuestion {
  const answers: CodedAnswer[] = [];
  for (let k = 1; k <= 148; k++) answers.push(answer(`r${k}`, 'Other'));
  for (let k = 1; k <= 15; k++) answers.push(answer(`r${k}`, 'Employer encounters'));
  // The same response coded twice with one theme counts once.
  answers.push(answer('r1', 'Employer encounters'));
  answers.push(answer('r2', 'Employer encounters', { quote: true, consent: false, excerpt: 'Not consented' }));
  answers.push(
    answer('r3', 'Employer encounters', { quote: true, consent: true, excerpt: 'Meeting employers helped' }),
  );
  for (let k = 20; k < 23; k++) answers.push(answer(`r${k}`, 'Workload', { quote: true, consent: true, excerpt: 'x' }));
  return { file: 'coding.csv', sha256: '', survey: 'staff', question: 'Q7', text: 'What helped most?', answers };
}

describe('themeCounts', () => {
  const result = themeCounts(sheet(), '2023/24', SDC);
  const theme = (name: string) => result.themes.find((t) => t.theme === name);

  it('counts distinct responses per theme over the distinct responses coded', () => {
    expect(result.base.value).toBe(150); // 148 rounded to the nearest 5, as every published count of people
    const encounters = theme('Employer encounters')?.row;
    expect(encounters?.numerator).toBe(15);
    expect(encounters?.denominator).toBe(150);
    expect(encounters?.value).toBe(10.1); // 15/148 = 10.135%, published to one decimal place
  });

  it('gives the Wilson interval of the share (Newcombe 1998, 15/148: 0.0624 to 0.1605)', () => {
    // Unrounded (no disclosure control), to Newcombe's four decimal places.
    const row = themeCounts(sheet(), '2023/24', null).themes.find((t) => t.theme === 'Employer encounters')?.row;
    expect((row?.ci_low ?? 0) / 100).toBeCloseTo(0.0624, 4);
    expect((row?.ci_high ?? 0) / 100).toBeCloseTo(0.1605, 4);
  });

  it('withholds a theme of fewer respondents than the threshold, and its quote with it', () => {
    const workload = theme('Workload');
    expect(workload?.row.symbol).toBe('c');
    expect(workload?.row.value).toBeNull();
    expect(workload?.quote).toBeNull();
  });

  it('publishes only a consented excerpt, and lists flagged quotes without consent for the checks', () => {
    expect(theme('Employer encounters')?.quote).toEqual({ text: 'Meeting employers helped', role: 'a respondent' });
    expect(result.withheldQuotes).toEqual([{ theme: 'Employer encounters', line: 0 }]);
  });

  it('orders themes by count, largest first', () => {
    expect(result.themes.map((t) => t.theme)).toEqual(['Other', 'Employer encounters', 'Workload']);
  });
});
