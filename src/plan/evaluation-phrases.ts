import type { JudgementRule } from '../config/evaluation.js';
import type { Judgement, Verdict } from '../metrics/judgement.js';
import type { TargetStatus } from '../metrics/targets.js';

/** The words of the evaluation framework: how a rule reads, what a verdict says, and how sure the report is. */

/** "Met when the change in NEET or not known since the hubs began fell, and every target was met." */
export function ruleSentence(rule: JudgementRule, outcomeLabel: string): string {
  // Only a since-start measure is a change since the hubs began; others are over the years the data cover.
  const when = rule.outcome?.includes('since_start') ? 'since the hubs began' : 'over the years measured';
  const outcome =
    rule.outcome === null
      ? null
      : rule.require === 'improved'
        ? `the ${outcomeLabel} ${when} was an improvement (its 95% interval wholly on the ` +
          `${rule.better === 'higher' ? 'rise' : 'fall'} side)`
        : `the ${outcomeLabel} ${when} was not a worsening (its 95% interval not wholly on the ` +
          `${rule.better === 'higher' ? 'fall' : 'rise'} side)`;
  const targets =
    rule.targets === 'ignore'
      ? null
      : rule.targets === 'met'
        ? 'every target linked to the question was met'
        : 'every target linked to the question was met or on track';
  const parts = [outcome, targets].filter(Boolean);
  return parts.length ? `Met when ${parts.join(', and ')}.` : 'Described, not judged: the framework sets no rule.';
}

const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  met: 'Met',
  'partly met': 'Partly met',
  'not met': 'Not met',
  'not judged': 'Not judged (a figure the rule needs is missing)',
  described: 'Described (no judgement rule)',
  'no data': 'No data',
};

export function verdictText(v: Verdict): string {
  return VERDICT_TEXT[v];
}

/** The sentence that closes each answer: how sure the finding is and what cannot be attributed to the hubs. */
export function certaintySentence(j: Judgement, hasOutcome: boolean, hasImpact: boolean): string {
  const sure =
    j.outcome === 'improved' || j.outcome === 'worsened'
      ? 'The change is clear: its 95% confidence interval excludes no change.'
      : j.outcome === 'no clear change'
        ? 'The change is not clear: its 95% confidence interval includes no change.'
        : '';
  if (!hasOutcome)
    return (
      `${sure ? `${sure} ` : ''}These figures describe what the hubs did, whom they reached and how it was ` +
      'received, not what changed as a result.'
    );
  const attribution = hasImpact
    ? 'The estimate of what joining a hub changed is given in the chapter on whether the hubs made a difference.'
    : 'These figures describe the areas the hubs serve; without a comparison group they cannot show what the hubs ' +
      'themselves caused.';
  return [sure, attribution].filter(Boolean).join(' ');
}

const TARGET_WORD: Readonly<Record<TargetStatus, string>> = {
  met: 'was met',
  'not met': 'was not met',
  'on track': 'is on track',
  'not on track': 'is not on track',
  'no data': 'cannot be assessed yet (no data)',
};

/** "The target of at least 90% by 2023/24 (Mayor's careers action plan) was met." */
export function targetSentence(what: string, status: TargetStatus): string {
  return `The target for ${what} ${TARGET_WORD[status]}.`;
}

/** "The most common theme in answers to “What helped most?” (150 coded answers) was cost: 32.0% (25.1 to 39.8)." */
export function themeSentence(question: string, base: string, theme: string, share: string): string {
  const what = `The most common theme in answers to “${question}” (${base} coded answers)`;
  return `${what} was ${theme.toLowerCase()}, given in ${share} of them.`;
}

export function syntheticNote(): string {
  return (
    'Synthetic sample: the text of this section was written to show how a finished evaluation reads; it ' +
    'describes no real programme.'
  );
}

/** The answer to a question none of whose figures the inputs hold. */
export const NO_DATA_ANSWER =
  'No data for this question up to the reporting year: the inputs hold none of its measures, surveys or targets.';
