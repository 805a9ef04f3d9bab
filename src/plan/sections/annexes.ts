import type { PlanContext } from '../context.js';
import { formatCount } from '../format.js';
import { BENCHMARKS } from '../parts/benchmarks.js';
import { paragraph, tableBlock } from '../parts/common.js';
import { sharedFolder, underFolder } from '../parts/input-folder.js';
import { groupedWarnings } from '../parts/warnings.js';
import type { Section } from '../types.js';

/** Annex B: suppressed cells, superseded and excluded rows, and gaps, file by file. */
export function dataQualityAnnex(ctx: PlanContext): Section {
  const { input } = ctx;
  const suppressed = (s: Partial<Record<string, number>>) =>
    Object.entries(s)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([sym, n]) => `${sym === '' ? 'empty' : sym}: ${formatCount(n ?? 0)}`)
      .join('; ') || 'none';
  const exclusionCounts = new Map<string, number>();
  for (const e of input.metrics.exclusions)
    exclusionCounts.set(`${e.kind}: ${e.reason}`, (exclusionCounts.get(`${e.kind}: ${e.reason}`) ?? 0) + 1);
  const suppressedRows = input.metrics.rows.filter((r) => r.symbol === 'c').length;
  const sdcSentence = input.metrics.sdcApplied
    ? `Disclosure control suppressed ${formatCount(suppressedRows)} figures in metrics.csv.`
    : 'Disclosure control was not applied.';
  const folder = sharedFolder(input.files.map((f) => f.file));
  const exclusionList = [...exclusionCounts].map(([r, n]) => `${formatCount(n)} (${r})`).join('; ');
  const exclusionSentence = exclusionCounts.size
    ? `Records left out of hub figures: ${exclusionList}.`
    : 'Every record could be placed in a hub.';
  return {
    id: 'annex-b',
    title: 'Annex B: Data quality',
    level: 1,
    pageBreak: true,
    blocks: [
      tableBlock({
        id: 'annex-b-files',
        caption:
          'Rows read, kept, superseded and excluded, and suppressed or missing cells, by input file' +
          (folder ? ` (in ${folder})` : ''),
        columns: ['File', 'Rows read', 'Rows kept', 'Superseded', 'Excluded', 'Suppressed or missing cells'],
        rows: input.files.map((f) => [
          underFolder(f.file, folder),
          formatCount(f.rowsRead),
          formatCount(f.rowsKept),
          formatCount(f.superseded),
          f.excluded.map((e) => `${formatCount(e.count)} ${e.reason}`).join('; ') || 'none',
          suppressed(f.suppressed),
        ]),
      }),
      paragraph(`${sdcSentence} ${exclusionSentence}`),
      {
        kind: 'bullets',
        items: (input.warnings.length
          ? groupedWarnings(input.warnings, folder)
          : ['No warnings were raised when the inputs were read.']
        ).map((text) => ({ text, refs: [] })),
      },
    ],
  };
}

/** Annex C: the terms a reader needs. */
export function glossaryAnnex(): Section {
  const terms: [string, string][] = [
    ['CEIAG', 'Careers education, information, advice and guidance.'],
    [
      'Careers Hub',
      'A group of schools and colleges in an area working with employers and partners to meet the Gatsby ' +
        'Benchmarks, supported by The Careers & Enterprise Company.',
    ],
    [
      'Compass',
      "The Careers & Enterprise Company's self-assessment tool, in which a school or college scores its provision " +
        'against each Gatsby Benchmark.',
    ],
    ['EET', 'In education, employment or training (here, in a sustained destination after KS4).'],
    ['NEET', 'Not in education, employment or training.'],
    ['Not known', "A young person whose activity is not known to the local authority's tracking (NCCIS)."],
    [
      'KS4 cohort',
      'Pupils at the end of key stage 4 (Year 11) in an academic year; their destinations are measured in the ' +
        'following year.',
    ],
    [
      'Percentage points (pp)',
      'The arithmetic difference between two percentages: 94.0% to 95.4% is a rise of 1.4 percentage points.',
    ],
    [
      '95% confidence interval',
      'The range of values consistent with the data at the 95% level; a change whose interval includes zero is ' +
        'reported as no clear change.',
    ],
    ['SME', 'Small or medium-sized enterprise: fewer than 250 employees (micro, small or medium).'],
    ...BENCHMARKS.map((b, k): [string, string] => [`Gatsby Benchmark ${k + 1}`, `${b}.`]),
  ];
  return {
    id: 'annex-c',
    title: 'Annex C: Glossary',
    level: 1,
    pageBreak: true,
    blocks: [tableBlock({ id: 'glossary', caption: 'Glossary of terms', columns: ['Term', 'Meaning'], rows: terms })],
  };
}
