import { describe, expect, it } from 'vitest';
import type { JudgementRule } from '../../src/config/evaluation.js';
import { judge } from '../../src/metrics/judgement.js';

const NEET: JudgementRule = {
  outcome: 'neet_or_not_known_change_pp',
  better: 'lower',
  require: 'improved',
  targets: 'met',
};

describe('judge', () => {
  it('is met when a lower-is-better outcome fell since the start and the target was met', () => {
    expect(judge(NEET, { change: 'fall', targets: ['met'] })).toEqual({
      verdict: 'met',
      outcome: 'improved',
      outcomePart: 'passed',
      targetsPart: 'passed',
    });
  });

  it('reads a rise of a lower-is-better outcome as worse, and then the verdict as partly met', () => {
    const j = judge(NEET, { change: 'rise', targets: ['met'] });
    expect(j.outcome).toBe('worsened');
    expect(j.verdict).toBe('partly met');
  });

  it('does not count "no clear change" as improved, but does as not worse when the rule says so', () => {
    expect(judge(NEET, { change: 'no_clear_change', targets: ['met'] }).verdict).toBe('partly met');
    expect(judge({ ...NEET, require: 'not worse' }, { change: 'no_clear_change', targets: ['met'] }).verdict).toBe(
      'met',
    );
  });

  it('is not met when every part fails', () => {
    expect(judge(NEET, { change: 'rise', targets: ['not met'] }).verdict).toBe('not met');
  });

  it('is not judged when any part has no data: a missing figure is never a pass', () => {
    expect(judge(NEET, { change: 'unknown', targets: ['met'] }).verdict).toBe('not judged');
    expect(judge(NEET, { change: 'fall', targets: ['no data'] }).verdict).toBe('not judged');
  });

  it('counts on track only when the rule allows it', () => {
    const rule: JudgementRule = { ...NEET, outcome: null, targets: 'met or on track' };
    expect(judge(rule, { change: null, targets: ['met', 'on track'] }).verdict).toBe('met');
    expect(judge({ ...rule, targets: 'met' }, { change: null, targets: ['met', 'on track'] }).verdict).toBe('not met');
  });

  it('lets a failed target settle the part even when another target has no data', () => {
    expect(judge({ ...NEET, outcome: null }, { change: null, targets: ['not met', 'no data'] }).targetsPart).toBe(
      'failed',
    );
  });

  it('describes, without judging, a question whose rule has no part or whose targets are absent', () => {
    const none: JudgementRule = { outcome: null, better: 'higher', require: 'improved', targets: 'ignore' };
    expect(judge(none, { change: 'rise', targets: ['met'] }).verdict).toBe('described');
    expect(judge({ ...none, targets: 'met' }, { change: null, targets: [] }).verdict).toBe('described');
  });
});
