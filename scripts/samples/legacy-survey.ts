import { csvText } from './csv-text.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/**
 * A synthetic follow-up survey of the Careers Clusters' schools and colleges after the clusters ended (September
 * 2023), asking whether the work went on: the published evaluation reports such sustained legacy for the Clusters.
 * The repository config names its first question as the Careers Clusters strand's `legacy`. The counts are exact;
 * the order of the answers is drawn at random.
 */
export const LEGACY_SURVEY = {
  path: 'surveys/synthetic_cluster_legacy_survey_msforms.csv',
  /** The clusters' member schools and colleges, each invited once. */
  invited: 91,
  continued: [
    ['Strongly agree', 14],
    ['Agree', 24],
    ['Neither agree nor disagree', 8],
    ['Disagree', 5],
    ['Strongly disagree', 1],
    ["Don't know", 2],
  ],
} as const;

export const LEGACY_QUESTION =
  'How far do you agree: the work our Careers Cluster began has continued since its funding ended';
const STILL_RUN = 'Which of the cluster’s activities does your school or college still run?';
const ACTIVITIES = ['Employer-led projects', 'Work placements', 'Partnerships with SMEs'];

/** The survey as a Microsoft Forms CSV download (one header row; multiple choices joined with ";"). */
export function legacySurveySample(rng: Rng): SampleFile {
  const answers = rng.shuffle(LEGACY_SURVEY.continued.flatMap(([label, n]) => Array.from({ length: n }, () => label)));
  const rows = answers.map((answer, k) => {
    const minute = String((k * 7) % 60).padStart(2, '0');
    const start = `10/${String(2 + (k % 26)).padStart(2, '0')}/2023 ${10 + (k % 7)}:${minute}`;
    const favourable = answer === 'Strongly agree' || answer === 'Agree';
    const kept = ACTIVITIES.filter(() => rng.chance(favourable ? 0.6 : 0.2));
    return [k + 1, start, start, 'anonymous', '', answer, kept.length ? `${kept.join(';')};` : ''];
  });
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', LEGACY_QUESTION, STILL_RUN];
  return { path: LEGACY_SURVEY.path, text: csvText(header, rows) };
}
