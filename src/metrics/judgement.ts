import type { JudgementRule } from '../config/evaluation.js';
import type { ChangeClass } from '../stats/change.js';
import type { TargetStatus } from './targets.js';

/** What a question's answer comes to under its rule. */
/** `no data`: the inputs hold none of the question's figures (set where the answer is written, not by `judge`). */
export type Verdict = 'met' | 'partly met' | 'not met' | 'not judged' | 'described' | 'no data';

/** One part of a rule, as the answer explains it. */
export type PartResult = 'passed' | 'failed' | 'no data';

export interface Judgement {
  readonly verdict: Verdict;
  /** The outcome's change in the rule's terms; null when the rule has no outcome. */
  readonly outcome: 'improved' | 'no clear change' | 'worsened' | 'no data' | null;
  readonly outcomePart: PartResult | null;
  readonly targetsPart: PartResult | null;
}

/**
 * Applies an evaluator's rule: the outcome part passes when the change since the hubs began lies on the better side
 * (require improved) or not on the worse side (require not worse), judged by its 95% interval through
 * classifyChange, never by the point estimate; the targets part passes when every target is met (or met or on
 * track). Met when every part passes, not met when every part fails, partly met when some pass and some fail, and
 * not judged when any part has no data (a missing figure is never read as a pass or a fail). A rule with no part
 * is described, not judged.
 */
export function judge(
  rule: JudgementRule,
  facts: { readonly change: ChangeClass | null; readonly targets: readonly TargetStatus[] },
): Judgement {
  const outcome = rule.outcome === null ? null : outcomeWord(facts.change ?? 'unknown', rule.better);
  const outcomePart: PartResult | null =
    outcome === null
      ? null
      : outcome === 'no data'
        ? 'no data'
        : outcome === 'improved' || (rule.require === 'not worse' && outcome === 'no clear change')
          ? 'passed'
          : 'failed';
  const targetsPart = rule.targets === 'ignore' || facts.targets.length === 0 ? null : targetsResult(rule, facts);
  const parts = [outcomePart, targetsPart].filter((p): p is PartResult => p !== null);
  const verdict: Verdict =
    parts.length === 0
      ? 'described'
      : parts.includes('no data')
        ? 'not judged'
        : parts.every((p) => p === 'passed')
          ? 'met'
          : parts.every((p) => p === 'failed')
            ? 'not met'
            : 'partly met';
  return { verdict, outcome, outcomePart, targetsPart };
}

function outcomeWord(change: ChangeClass, better: JudgementRule['better']): NonNullable<Judgement['outcome']> {
  if (change === 'unknown') return 'no data';
  if (change === 'no_clear_change') return 'no clear change';
  return (change === 'rise') === (better === 'higher') ? 'improved' : 'worsened';
}

function targetsResult(rule: JudgementRule, facts: { readonly targets: readonly TargetStatus[] }): PartResult {
  const ok = (s: TargetStatus) => s === 'met' || (rule.targets === 'met or on track' && s === 'on track');
  if (facts.targets.every(ok)) return 'passed';
  // A target that has failed settles the part even when another has no data yet.
  if (facts.targets.some((s) => s === 'not met' || s === 'not on track' || (s === 'on track' && !ok(s))))
    return 'failed';
  return 'no data';
}
