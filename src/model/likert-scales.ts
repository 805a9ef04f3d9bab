/**
 * Built-in Likert scales, each listed from the most to the least favourable point. `favourable` is how many
 * leading points count as a favourable answer (the "top two" of a 5- or 4-point scale); `neutral` is the index
 * of the middle point of an odd scale, which a diverging chart centres on.
 */
export interface LikertScale {
  readonly name: string;
  readonly points: readonly string[];
  readonly favourable: number;
  readonly neutral: number | null;
}

const scale = (name: string, points: string[], neutral: number | null, favourable = 2): LikertScale => ({
  name,
  points,
  favourable,
  neutral,
});

export const SCALES: readonly LikertScale[] = [
  scale(
    'satisfaction',
    ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'],
    2,
  ),
  scale('satisfaction-4', ['Very satisfied', 'Satisfied', 'Dissatisfied', 'Very dissatisfied'], null),
  scale('agreement', ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'], 2),
  scale('agreement-4', ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree'], null),
  scale(
    'effectiveness',
    ['Very effective', 'Effective', 'Neither effective nor ineffective', 'Ineffective', 'Very ineffective'],
    2,
  ),
  scale('effectiveness-4', ['Very effective', 'Fairly effective', 'Not very effective', 'Not at all effective'], null),
  scale('improvement', ['Improved a lot', 'Improved a little', 'No change', 'Declined a little', 'Declined a lot'], 2),
  // The published evaluation's change question: improved / no change / declined; one favourable point.
  scale('improvement-3', ['Improved', 'No change', 'Declined'], 1, 1),
];

/** Answers kept apart from a scale ("don't know", "not applicable") unless a question asks otherwise. */
const DONT_KNOW = /^(don'?t know|do not know|not sure|unsure|can'?t say|n\/?a|not applicable|prefer not to say)$/;

export function isDontKnow(answer: string): boolean {
  return DONT_KNOW.test(labelKey(answer).replace(/[’‘]/g, "'"));
}

/** Labels compared ignoring case, curly quotes and spacing. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

export function scaleByName(name: string): LikertScale | undefined {
  return SCALES.find((s) => s.name === name);
}

/**
 * The built-in scale whose points include every answer given (don't-know answers aside), when at least two
 * distinct points were used; undefined otherwise (the question is then a plain single choice). When a 5-point
 * and a 4-point scale both fit (nobody chose the middle point) the 5-point one is taken, as the more common
 * questionnaire design; the config's `scale` says otherwise.
 */
export function detectScale(answers: Iterable<string>): LikertScale | undefined {
  const used = new Set<string>();
  for (const a of answers) if (a && !isDontKnow(a)) used.add(labelKey(a));
  if (used.size < 2) return undefined;
  return SCALES.filter((s) => [...used].every((u) => s.points.some((p) => labelKey(p) === u))).sort(
    (a, b) => b.points.length - a.points.length,
  )[0];
}
