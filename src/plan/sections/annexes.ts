import type { PlanContext } from '../context.js';
import { formatCount } from '../format.js';
import { MEASURES } from '../measures.js';
import type { Section } from '../types.js';
import { hubName, paragraph, tableBlock } from './common.js';
import { BENCHMARKS } from './compass.js';
import { groupedWarnings } from './method.js';

/** Annex A: every cited figure with its measure id, unrounded value, sources and method. Built after all sections. */
export function provenanceAnnex(ctx: PlanContext): Section[] {
  const figures = ctx.book.all().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const measures = [...new Set(figures.map((f) => f.measure))].sort();
  // 12 significant figures: every digit that means anything, without binary floating-point noise; metrics.csv has all.
  const raw = (v: number | null) => (v === null ? '' : String(Number(v.toPrecision(12))));
  return [
    {
      id: 'annex-a',
      title: 'Annex A: Sources of every figure',
      level: 1,
      pageBreak: true,
      blocks: [
        paragraph(
          'Every figure in this report is a row of metrics.csv, identified below by measure, hub, period and ' +
            'breakdown; values are shown to 12 significant figures, and metrics.csv holds them at full precision. ' +
            'The input files are identified by their SHA-256 digest, so anyone holding the same files can check ' +
            'that they are the ones used, rerun hubs-eval and obtain the same figures.',
        ),
        tableBlock({
          id: 'annex-a-inputs',
          caption: 'Input files',
          columns: ['File', 'Kind', 'Layout', 'Rows used', 'SHA-256'],
          rows: ctx.input.files.map((f) => [f.file, f.kind, f.layout, formatCount(f.rowsKept), f.sha256]),
        }),
        tableBlock({
          id: 'annex-a-measures',
          caption: 'Measures: filters and method',
          columns: ['Measure id', 'Measure', 'Source', 'Filters', 'Method'],
          rows: measures.map((id) => {
            const info = MEASURES[id];
            return [id, info?.label ?? id, info ? ctx.source(info.kind) : '', info?.filters ?? '', info?.method ?? ''];
          }),
        }),
        tableBlock({
          id: 'annex-a-figures',
          caption: 'Figures cited in the report, with their values in metrics.csv',
          columns: [
            'Measure id',
            'Hub',
            'Period',
            'Breakdown',
            'As printed',
            'Value in metrics.csv',
            '95% interval low',
            '95% interval high',
            'Note',
          ],
          rows: figures.map((f) => [
            f.measure,
            hubName(ctx, f.hub),
            f.period.replace('-', ' to '),
            f.breakdown,
            f.text,
            raw(f.value),
            raw(f.ciLow),
            raw(f.ciHigh),
            f.filters.startsWith(MEASURES[f.measure]?.filters ?? '\u0000')
              ? f.filters.slice((MEASURES[f.measure]?.filters ?? '').length).replace(/^; /, '')
              : f.filters,
          ]),
        }),
      ],
    },
  ];
}

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
        caption: 'Rows read, kept, superseded and excluded, and suppressed or missing cells, by input file',
        columns: ['File', 'Rows read', 'Rows kept', 'Superseded', 'Excluded', 'Suppressed or missing cells'],
        rows: input.files.map((f) => [
          f.file,
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
          ? groupedWarnings(input.warnings)
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
