import type { FileSummary } from '../../model/records.js';
import type { PlanContext } from '../context.js';
import { formatCount } from '../format.js';
import { BENCHMARKS } from '../parts/benchmarks.js';
import { paragraph, tableBlock } from '../parts/common.js';
import { yearSpan } from '../parts/sources-table.js';
import { INPUT_TITLES, suppressedFiguresSentence } from '../phrases/index.js';
import type { Section } from '../types.js';

/** Annex B: rows read and kept, superseded and excluded, and suppressed cells, source by source. */
export function dataQualityAnnex(ctx: PlanContext): Section {
  const { input } = ctx;
  const sum = (files: readonly FileSummary[], n: (f: FileSummary) => number) => files.reduce((t, f) => t + n(f), 0);
  const suppressed = (files: readonly FileSummary[]) => {
    const bySymbol = new Map<string, number>();
    for (const f of files)
      for (const [sym, n] of Object.entries(f.suppressed))
        if ((n ?? 0) > 0) bySymbol.set(sym, (bySymbol.get(sym) ?? 0) + (n ?? 0));
    return [...bySymbol].map(([sym, n]) => `${sym === '' ? 'empty' : sym}: ${formatCount(n)}`).join('; ') || 'none';
  };
  const excluded = (files: readonly FileSummary[]) => {
    const byReason = new Map<string, number>();
    for (const e of files.flatMap((f) => f.excluded)) byReason.set(e.reason, (byReason.get(e.reason) ?? 0) + e.count);
    return [...byReason].map(([r, n]) => `${formatCount(n)} ${r}`).join('; ') || 'none';
  };
  const exclusionCounts = new Map<string, number>();
  for (const e of input.metrics.exclusions)
    exclusionCounts.set(`${e.kind}: ${e.reason}`, (exclusionCounts.get(`${e.kind}: ${e.reason}`) ?? 0) + 1);
  const suppressedRows = input.metrics.rows.filter((r) => r.symbol === 'c').length;
  const sdcSentence = input.metrics.sdcApplied
    ? suppressedFiguresSentence(formatCount(suppressedRows))
    : 'Disclosure control was not applied.';
  const exclusionList = [...exclusionCounts].map(([r, n]) => `${formatCount(n)} (${r})`).join('; ');
  const exclusionSentence = exclusionCounts.size
    ? `Records left out of hub figures: ${exclusionList}.`
    : 'Every record could be placed in a hub.';
  const kinds = [...new Set(input.files.map((f) => f.kind))];
  return {
    id: 'annex-b',
    title: 'Annex B: Data quality',
    level: 1,
    pageBreak: true,
    blocks: [
      tableBlock({
        id: 'annex-b-files',
        caption: 'Rows read, kept, superseded and excluded, and suppressed or missing cells, by source',
        columns: ['Source', 'Rows read', 'Rows kept', 'Superseded', 'Excluded', 'Suppressed or missing cells'],
        rows: kinds.map((kind) => {
          const files = input.files.filter((f) => f.kind === kind);
          return [
            `${INPUT_TITLES[kind].title}, ${yearSpan(files.flatMap((f) => f.years))}`,
            formatCount(sum(files, (f) => f.rowsRead)),
            formatCount(sum(files, (f) => f.rowsKept)),
            formatCount(sum(files, (f) => f.superseded)),
            excluded(files),
            suppressed(files),
          ];
        }),
      }),
      paragraph(
        `${sdcSentence} ${exclusionSentence} Warnings raised when the inputs were read are listed with the ` +
          'limitations of the data in the methodology.',
      ),
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
