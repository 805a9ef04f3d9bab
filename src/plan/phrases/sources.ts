import type { InputKind } from '../../model/records.js';

/**
 * Every input as a publication names it: its title and who publishes or holds it. File names, paths, layouts and
 * digests are for the evaluator (`validate`, report-checks.md) and the HTML provenance annex, never the report body.
 */
export const INPUT_TITLES: Readonly<Record<InputKind, { readonly title: string; readonly publisher: string }>> = {
  institutions: { title: 'Register of institutions and hub membership', publisher: 'The hubs, for the evaluation' },
  compass: { title: 'Compass self-assessments', publisher: 'The Careers & Enterprise Company' },
  destinations: { title: 'Key stage 4 destination measures', publisher: 'Department for Education' },
  neet: {
    title: 'Participation in education, training and NEET age 16 to 17 by local authority (NCCIS)',
    publisher: 'Department for Education',
  },
  activities: { title: 'Hub activity logs', publisher: 'The hubs' },
};

/** The inputs that are not administrative files, as the sources table names them. */
export const OTHER_SOURCES = {
  neighbours: {
    title: "Children's services statistical neighbour benchmarking",
    publisher: 'Department for Education',
  },
  survey: (title: string, tool: string) => ({ title, publisher: `The evaluators (${tool} export)` }),
  coded: (question: string) => ({
    title: `Coded answers to “${question}”`,
    publisher: "The evaluators' own coding of the free-text answers",
  }),
  evidence: { title: 'Case studies, quotes and lessons', publisher: 'The hubs and the evaluators' },
} as const;

/** "11 files", "one file". */
export const fileCount = (n: number, word: (n: number) => string) => `${word(n)} file${n === 1 ? '' : 's'}`;

/** Annex A's opening: where the unrounded figures and the digests are, without naming a file or an absent annex. */
export const ANNEX_A_OPENING =
  'The report was computed from the sources below. Every figure is published unrounded, with its 95% interval ' +
  'limits, in the data downloads that accompany the report; the web edition also gives, for every figure, the ' +
  'digest of each input file it comes from, so that anyone holding the same files can check them and recompute ' +
  'the same figures.';

/** Annex B's sentence on disclosure control, without naming the metrics file. */
export const suppressedFiguresSentence = (n: string) =>
  `Disclosure control suppressed ${n} figures of the full set of metrics.`;
