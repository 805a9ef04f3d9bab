import { csvText } from './csv-text.js';
import type { SampleInstitution } from './institutions.js';
import { LONDON_LAS } from './london-areas.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/**
 * Synthetic survey exports, tuned to the published evaluation's survey figures (dmh associates, GLA, February
 * 2025): 112 school and college respondents; 40% (n=45) very satisfied and 45% (n=50) satisfied with hub support,
 * 6% (n=7) dissatisfied; 55% reported an improvement in careers provision, 16% no change, 2% a decline, 27% unsure.
 * The counts are exact; who gave which answer, and from which school, is drawn at random.
 */
export const STAFF_SURVEY = {
  respondents: 112,
  satisfaction: [
    ['Very satisfied', 45],
    ['Satisfied', 50],
    ['Neither satisfied nor dissatisfied', 8],
    ['Dissatisfied', 7],
    ['Very dissatisfied', 2],
  ],
  change: [
    ['Improved', 62],
    ['No change', 18],
    ['Declined', 2],
    ['Unsure', 30],
  ],
} as const;

const META = [
  'Respondent ID',
  'Collector ID',
  'Start Date',
  'End Date',
  'IP Address',
  'Email Address',
  'First Name',
  'Last Name',
  'Custom Data 1',
];
const ACTIVITIES = ['Employer encounters', 'Careers Leader training', 'Network meetings', 'Enterprise Adviser support'];
const AGREE = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];
const IDEAS = [
  'More notice of events',
  'Fewer emails, one termly bulletin',
  'Support for SEND pupils',
  'More employers from the creative sector',
  'Funding for travel to workplaces',
];

/** The evaluator's coding of the free-text answers (the idea each answer gives, as a theme). */
const IDEA_THEMES: Readonly<Record<string, string>> = {
  'More notice of events': 'Notice of events',
  'Fewer emails, one termly bulletin': 'Communication',
  'Support for SEND pupils': 'SEND and inclusion',
  'More employers from the creative sector': 'Range of employers',
  'Funding for travel to workplaces': 'Cost of travel',
};
export const STAFF_CODED_THEMES = 'coded/synthetic_staff_q6_coded_themes.csv';

/** Answers with exact counts, in random order. */
function dealt(rng: Rng, counts: readonly (readonly [string, number])[]): string[] {
  return rng.shuffle(counts.flatMap(([label, n]) => Array.from({ length: n }, () => label)));
}

/** The school and college staff survey as a SurveyMonkey "all responses" CSV (two header rows). */
export function staffSurveyCsv(rng: Rng, institutions: readonly SampleInstitution[]): SampleFile {
  return staffSurveySamples(rng, institutions)[0]!;
}

/**
 * The staff survey export and the evaluator's coding sheet of its free-text question (response id, theme, quote
 * flag, excerpt, consent, role), as a spreadsheet export. The coding draws nothing from `rng`, so the survey's
 * bytes are the same with or without it. The first flagged answer per theme has no consent: it must not appear.
 */
export function staffSurveySamples(rng: Rng, institutions: readonly SampleInstitution[]): SampleFile[] {
  const members = institutions.filter((i) => i.joined !== null);
  const n = STAFF_SURVEY.respondents;
  const satisfaction = dealt(rng, STAFF_SURVEY.satisfaction);
  const change = dealt(rng, STAFF_SURVEY.change);
  const header1 = [
    ...META,
    'School or college URN',
    'How satisfied are you with the support your school or college receives from its Careers Hub?',
    'How has careers provision in your school or college changed since it joined the hub?',
    'Which hub activities has your school or college taken part in?',
    ...ACTIVITIES.slice(1).map(() => ''),
    '',
    'How far do you agree with the following statements?',
    '',
    'What one thing could the hub do better?',
  ];
  const header2 = [
    ...META.map(() => ''),
    'Response',
    'Response',
    'Response',
    ...ACTIVITIES,
    'Other (please specify)',
    'The hub has helped us make progress on the Gatsby Benchmarks',
    'Our students have more encounters with employers than before',
    'Open-Ended Response',
  ];
  const rows: string[][] = [];
  // Two respondents opened the survey and answered nothing: the export keeps them, the report leaves them out.
  const empties = new Set([17, 80]);
  let k = 0;
  for (let row = 0; row < n + empties.size; row++) {
    const id = String(11_400_000_000 + row * 37);
    const day = 3 + (row % 20);
    const meta = [
      id,
      '431009812',
      `05/${day}/2024 09:${String(row % 60).padStart(2, '0')}:00 AM`,
      `05/${day}/2024 09:58:00 AM`,
      '',
      '',
      '',
      '',
      '',
    ];
    if (empties.has(row)) {
      rows.push([...meta, ...Array.from({ length: header1.length - META.length }, () => '')]);
      continue;
    }
    const school = rng.pick(members);
    const ticks = ACTIVITIES.map((a) => (rng.chance(a === 'Employer encounters' ? 0.8 : 0.45) ? a : ''));
    const other = rng.chance(0.08) ? 'Mock interviews with a local charity' : '';
    rows.push([
      ...meta,
      school.urn,
      satisfaction[k] ?? '',
      change[k] ?? '',
      ...ticks,
      other,
      rng.weighted(AGREE.map((a, i) => [a, [30, 45, 15, 7, 3][i] ?? 0] as const)),
      rng.weighted(AGREE.map((a, i) => [a, [25, 40, 20, 10, 5][i] ?? 0] as const)),
      rng.chance(0.3) ? rng.pick(IDEAS) : '',
    ]);
    k++;
  }
  const flagged = new Map<string, number>();
  const coded = rows.flatMap((r) => {
    const idea = r.at(-1) ?? '';
    const theme = IDEA_THEMES[idea];
    if (!theme) return [];
    const seen = flagged.get(theme) ?? 0;
    flagged.set(theme, seen + 1);
    const quote = seen < 2;
    return [
      [
        r[0] ?? '',
        theme,
        quote ? 'yes' : '',
        quote ? idea : '',
        quote ? (seen === 1 ? 'yes' : 'no') : '',
        quote ? 'a Careers Leader' : '',
      ],
    ];
  });
  return [
    { path: 'surveys/synthetic_staff_survey_surveymonkey.csv', text: csvText(header1, [header2, ...rows]) },
    { path: STAFF_CODED_THEMES, text: csvText(['Response ID', 'Theme', 'Quote', 'Excerpt', 'Consent', 'Role'], coded) },
  ];
}

/** Rows of the employer survey as Microsoft Forms exports them (written to .xlsx by the sample script). */
export function employerSurveyRows(rng: Rng): (string | number | Date)[][] {
  const header = [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    'Which local authority is your organisation based in?',
    'Overall, how effective has the Careers Hub been in connecting you with schools and colleges?',
    'Which activities did your organisation support this year?',
    'How many of your staff volunteered this year?',
    'How many people does your organisation employ?',
  ];
  const effective = [
    'Very effective',
    'Effective',
    'Neither effective nor ineffective',
    'Ineffective',
    'Very ineffective',
  ];
  const activities = ['Careers talk', 'Workplace visit', 'Mock interviews', 'Mentoring', 'Work experience placement'];
  const sizes = ['Micro (1-9)', 'Small (10-49)', 'Medium (50-249)', 'Large (250+)'];
  const rows: (string | number | Date)[][] = [header];
  for (let id = 1; id <= 64; id++) {
    const start = new Date(Date.UTC(2024, 5, 3 + (id % 25), 8 + (id % 9), (id * 7) % 60));
    const chosen = activities.filter((a) => rng.chance(a === 'Careers talk' ? 0.7 : 0.35));
    rows.push([
      id,
      start,
      new Date(start.getTime() + 6 * 60_000),
      'anonymous',
      '',
      rng.pick(LONDON_LAS).name,
      rng.weighted(effective.map((e, i) => [e, [28, 40, 20, 8, 4][i] ?? 0] as const)),
      // Microsoft Forms ends every multiple-choice answer with ";".
      chosen.length ? `${chosen.join(';')};` : rng.chance(0.5) ? 'Careers talk;' : '',
      rng.int(1, 12),
      rng.weighted(sizes.map((s, i) => [s, [20, 30, 25, 25][i] ?? 0] as const)),
    ]);
  }
  return rows;
}

export const EMPLOYER_WORKBOOK = 'surveys/synthetic_employer_survey_msforms.xlsx';

/**
 * The employer survey as the .xlsx Microsoft Forms downloads. The cells come from the seed; the zip container
 * stamps its entries with the time of writing, so the file's bytes (not its contents) differ between runs.
 */
export async function employerSurveyWorkbook(rng: Rng): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'hubs-eval samples (synthetic)';
  workbook.created = new Date(Date.UTC(2024, 6, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of employerSurveyRows(rng)) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function surveysReadme(): SampleFile {
  return {
    path: 'surveys/README.md',
    text: `# Synthetic survey exports and evidence files

**Made up.** No answer, quote or case study here comes from a real person, school, college or employer.

- \`synthetic_staff_survey_surveymonkey.csv\`: a school and college staff survey in SurveyMonkey's "all responses"
  layout (two header rows, a multi-select question spread over one column per option, a matrix question).
  ${STAFF_SURVEY.respondents} complete responses and two empty ones, with the answer counts of the published
  evaluation's survey (satisfaction with hub support 45/50/7 of 112; change in careers provision 55%/16%/2%/27%).
- \`synthetic_employer_survey_msforms.xlsx\`: an employer survey in Microsoft Forms' workbook layout
  (answers to a multiple-choice question joined with ";"). Its cells come from the seed; the zip container's
  timestamps make its bytes differ between runs.
- \`synthetic_cluster_legacy_survey_msforms.csv\`: a follow-up survey of the Careers Clusters' schools and colleges
  after the clusters ended, in Microsoft Forms' CSV layout: 54 responses of 91 invited; Q1 (has the work continued,
  agreement scale; 14 strongly agree, 24 agree, 8 neither, 5 disagree, 1 strongly disagree, 2 don't know) is the
  Careers Clusters strand's \`legacy\` question in the repository config, Q2 a multiple choice of activities still run.
- \`../evidence/*.md\`: quotes, case studies and lessons learned with front matter; every source says
  "(synthetic sample)", and one quote has no consent, so \`hubs-eval validate\` warns and the report leaves it out.
`,
  };
}
