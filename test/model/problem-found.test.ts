import { describe, expect, it } from 'vitest';
import { FOUND_LIMIT, formatProblem, ProblemLog, shownFound } from '../../src/model/problem.js';

describe('a found value in a problem', () => {
  it('a 5 MB bad cell is quoted by its start and its length, never in full', () => {
    const cell = 'x'.repeat(5_000_000);
    const log = new ProblemLog('big.csv');
    log.error({ line: 2, column: 'type', message: 'unknown institution type', found: cell });
    const found = log.problems[0]?.found ?? '';
    expect(found).toBe(`${'x'.repeat(FOUND_LIMIT - 40)}… (5,000,000 characters in all)`);
    expect(formatProblem({ severity: 'error', file: 'big.csv', message: 'bad', found: cell }).length).toBeLessThan(300);
  });

  it('a short value is quoted as it is', () => {
    expect(shownFound('main stream')).toBe('main stream');
    expect(shownFound('y'.repeat(FOUND_LIMIT))).toBe('y'.repeat(FOUND_LIMIT));
  });
});
