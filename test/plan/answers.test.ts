import { describe, expect, it } from 'vitest';
import { NO_DATA_ANSWER } from '../../src/plan/evaluation-phrases.js';
import { answers } from '../../src/plan/sections/evaluation.js';
import { contextOf, row } from './plan-input.js';

/** NEET or not known since the start for all hubs, with its 95% interval. */
const neetSince = (low: number, high: number) =>
  row('neet_or_not_known_change_since_start_pp', 'all', '2020/21-2023/24', 'all', (low + high) / 2, {
    ci_low: low,
    ci_high: high,
  });

describe('the answers of the default framework', () => {
  it('answers "no data" for a question none of whose figures the inputs hold, not "described" or "not judged"', () => {
    const all = answers(contextOf([neetSince(-1, -0.2)]));
    const byId = new Map(all.map((a) => [a.question.id, a]));
    for (const id of ['provision', 'reach', 'participation', 'experience']) {
      expect(byId.get(id)?.judgement.verdict, id).toBe('no data');
      expect(byId.get(id)?.text, id).toBe(NO_DATA_ANSWER);
    }
    expect(byId.get('outcomes')?.judgement.verdict).toBe('met');
  });

  it('asks about NEET or not known, the outcome its rule judges, and does not count no clear change as a yes', () => {
    const [outcomes] = answers(contextOf([neetSince(-1, 0.3)])).filter((a) => a.question.id === 'outcomes');
    expect(outcomes?.question.question).toBe(
      'Did fewer young people become NEET or go untracked after the hubs began?',
    );
    // The interval -1 to +0.3 includes zero: no clear change, so the question is not met.
    expect(outcomes?.judgement).toMatchObject({ outcome: 'no clear change', verdict: 'not met' });
  });
});
