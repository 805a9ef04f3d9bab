import { fixed, formatValue } from '../format.js';
import { cap, countWord, listNames, lowerFirst } from './words.js';

/** Survey chapters: who answered, the response rate, the shares with n. */

// Survey shares are reported as found, with n; no hub is called higher or lower than another here, because the
// survey chapters draw no comparison with an interval for the difference.

export interface ShareFact {
  /** The answer as worded in the questionnaire, e.g. "Very satisfied". */
  readonly label: string;
  /** Percentage as printed, e.g. "40.0%", or a symbol. */
  readonly text: string;
  readonly count: number | null;
}

/** "40.0% (n=45) very satisfied and 45.0% (n=50) satisfied": shares with their counts, answers in lower case. */
export function sharesPhrase(shares: readonly ShareFact[]): string {
  const parts = shares.map((s) => `${s.text}${s.count === null ? '' : ` (n=${s.count})`} ${lowerFirst(s.label)}`);
  return listNames(parts.map((name) => ({ name })));
}

/**
 * In place of the shares when every published answer of the question is withheld but the favourable share is not
 * (secondary suppression hides points of the scale so that a small one cannot be worked out from the others).
 */
export const SHARES_WITHHELD = 'the share of each answer is withheld, so that no small group can be worked out';

/**
 * A survey's response rate as the chapter and the methodology both print it: "0.2%" for 3 of 2,000 (the project's
 * one rounding, half away from zero on the printed digits, see format.ts).
 */
export function responseRate(responses: number, invited: number): string {
  return formatValue((100 * responses) / invited, 'pct');
}

/** The opening of a survey chapter: who answered, the response rate when known, and what was left out. */
export function surveyResponseSentence(f: {
  respondents: string;
  responses: number;
  invited: number | null;
  unfinished: number;
  empty: number;
}): string {
  const rate =
    f.invited && f.invited > 0
      ? ` from ${f.invited} invited (a response rate of ${responseRate(f.responses, f.invited)})`
      : '';
  const left = [
    f.unfinished ? `${countWord(f.unfinished)} unfinished` : '',
    f.empty ? `${countWord(f.empty)} empty` : '',
  ].filter(Boolean);
  // Never a sentence that starts with a numeral: "Two empty responses were left out."
  const noun = f.unfinished + f.empty === 1 ? 'response was' : 'responses were';
  const out = left.length ? ` ${cap(listNames(left.map((name) => ({ name }))))} ${noun} left out.` : '';
  return `The survey of ${f.respondents} received ${f.responses} complete responses${rate}.${out}`;
}

/** Favourable share with its interval: "In all, 85.0% gave a favourable answer (95% CI 77.1% to 90.6%; n=100)". */
export function favourableSentence(text: string, low: number | null, high: number | null, n: number | null): string {
  const ci = low !== null && high !== null ? `95% CI ${fixed(low, 1)}% to ${fixed(high, 1)}%; ` : '';
  return `In all, ${text} gave a favourable answer (${ci}n=${n ?? 'not available'}).`;
}

/**
 * The exception to the survey rule, said where it applies: "For “How has…?”, the evaluators counted “Unsure”
 * answers in the base, so its shares are of everyone who answered it." The methodology states the rule and names
 * each question that departs from it, so a share never silently counts a don't-know.
 */
export function dontKnowInBaseSentence(question: string, answers: readonly string[]): string {
  const names = listNames(answers.map((name) => ({ name: `“${name}”` })));
  return (
    `For “${question}”, the evaluators counted ${names} answers in the base, so its shares are of everyone who ` +
    'answered it.'
  );
}

/**
 * The note under a survey table with a withheld cell: why the cell is `c`, and for a chart why its bar is not drawn
 * (the published parts alone would misstate the rest of the bar).
 */
export function surveyWithheldNote(threshold: number, chart: boolean): string {
  return (
    `c: withheld by disclosure control, because fewer than ${threshold} respondents are behind it or so that ` +
    'another withheld cell cannot be worked out by subtraction.' +
    (chart ? ' No bar is drawn for a row with a withheld share; the chart prints c in its place.' : '')
  );
}
