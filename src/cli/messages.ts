import type { MetricsResult } from '../metrics/index.js';
import type { CodedQuestion } from '../model/coded-theme.js';
import type { EvidenceItem } from '../model/evidence.js';
import { MISSING_SYMBOLS, type MissingSymbol } from '../model/missing.js';
import { printable } from '../model/printable.js';
import { formatProblem, type Problem } from '../model/problem.js';
import type { FileSummary } from '../model/records.js';
import type { SurveyData, SurveyQuestion } from '../model/survey.js';
import { runMsg } from '../pipeline/messages.js';
import { rowKeyText, type SnapshotDiff } from '../snapshot/diff.js';

/** Every line the CLI prints to people lives here, so wording changes touch one file. */
export const msg = {
  // The run pipeline's messages (checks before and after reading), defined beside it.
  ...runMsg,
  bug: (message: string) =>
    `internal error: this is a bug in hubs-eval: ${message}\nRun again with --debug to see the stack, and report it ` +
    `with the command you ran.`,
  userError: (message: string) => `error: ${message}`,
  hint: (hint: string) => `hint: ${hint}`,
  noInputs: () => 'No inputs are configured and no files were given: nothing to validate.',
  noInputsHint: () =>
    'Give files (hubs-eval validate data.csv), or run in a folder with hubs-eval.config.json, or pass --config.',
  absentKinds: (kinds: string[]) => `Not configured (absent, not a failure): ${kinds.join(', ')}.`,
  fileHeading: (display: string, s: FileSummary) =>
    `${display}\n  kind: ${s.kind}; layout: ${s.layout}; encoding: ${s.encoding}`,
  fileCounts: (s: FileSummary) =>
    `  rows read: ${s.rowsRead}; kept: ${s.rowsKept}${s.superseded ? `; superseded: ${s.superseded}` : ''}`,
  fileYears: (s: FileSummary) =>
    `  years: ${s.years.length ? yearSpan(s.years) : '(none)'}${s.yearBasis ? ` (${s.yearBasis})` : ''}`,
  fileHubs: (hubs: string[]) => `  hubs covered: ${hubs.length ? hubs.join(', ') : '(none)'}`,
  fileSchoolsMatched: (m: { schools: number; inRegister: number } | undefined, hasRegister: boolean) =>
    m === undefined
      ? undefined
      : hasRegister
        ? `  schools in the register: ${m.inRegister.toLocaleString('en-GB')} of ${m.schools.toLocaleString('en-GB')}` +
          (m.inRegister < m.schools ? ' (the others are left out of the impact estimates)' : '')
        : '  schools in the register: no register given (schools are placed in hubs through it)',
  fileSuppressed: (s: FileSummary) => {
    const parts = (Object.entries(s.suppressed) as [MissingSymbol, number][])
      .filter(([, n]) => n > 0)
      .map(([sym, n]) => `${sym === '' ? 'empty' : sym} ${n} (${MISSING_SYMBOLS[sym]})`);
    return `  suppressed or missing cells: ${parts.length ? parts.join('; ') : 'none'}`;
  },
  fileExcluded: (s: FileSummary) =>
    s.excluded.length ? `  excluded rows: ${s.excluded.map((e) => `${e.count} ${e.reason}`).join('; ')}` : undefined,
  fileNote: (note: string) => `  note: ${note}`,
  problemsHeading: (errors: number, warnings: number) =>
    `\n${plural(errors, 'error')} and ${plural(warnings, 'warning')}:`,
  problem: (p: Problem, display: (f: string) => string) => `  ${formatProblem(printableProblem(p, display))}`,
  validateSummary: (files: number, errors: number, warnings: number) =>
    `\nChecked ${plural(files, 'file')}: ${plural(errors, 'error')}, ` +
    `${plural(warnings, 'warning')}.${errors ? ' Fix the errors and run again.' : ''}`,
  initWrote: (file: string) =>
    `Wrote ${file}. Edit the inputs section to point at your files, then run: hubs-eval validate`,
  initExists: (file: string) => `${file} already exists`,
  initExistsHint: () => 'Use --force to overwrite it, or give another folder.',
  badYear: (text: string) => `"${text}" is not an academic year`,
  badYearHint: (forms: string) => `Write it as ${forms}.`,
  badFormat: (text: string) => `unknown format "${text}"`,
  badFormatHint: (allowed: readonly string[]) => `Give a comma-separated list of: ${allowed.join(', ')}.`,
  wrote: (file: string) => `wrote ${file}`,
  metricsSummary: (m: MetricsResult, year: string): string[] => {
    const suppressed = m.rows.filter((r) => r.symbol === 'c').length;
    const lines = [
      `Metrics for ${year}: ${plural(m.rows.length, 'row')}, ` +
        `${plural(new Set(m.rows.map((r) => r.measure)).size, 'measure')}.`,
    ];
    const byKind = new Map<string, string[]>();
    for (const c of m.coverage) {
      const span = c.periods.length
        ? `${c.periods[0]}${c.periods.length > 1 ? ` to ${c.periods[c.periods.length - 1]}` : ''}`
        : 'no data';
      const key = `${c.kind}: ${span}`;
      byKind.set(key, [...(byKind.get(key) ?? []), c.measure]);
    }
    for (const [key, measures] of byKind) lines.push(`  ${key} (${measures.length} measures)`);
    if (m.absent.length) lines.push(`  absent inputs (their measures are not computed): ${m.absent.join(', ')}`);
    if (m.exclusions.length)
      lines.push(`  ${plural(m.exclusions.length, 'record')} left out of hub figures (see metrics.json "exclusions")`);
    lines.push(
      m.sdcApplied
        ? `  disclosure control applied: ${plural(suppressed, 'cell')} suppressed (c)`
        : '  NOT FOR PUBLICATION: disclosure control was turned off (--no-sdc)',
    );
    return lines;
  },
  noBrowser: (looked: readonly string[]) =>
    `no Chromium or Chrome found to print the PDF (looked for: ${looked.join(', ')})`,
  noBrowserHint: () =>
    'Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS/Windows: Google Chrome), or pass --browser ' +
    'PATH or set CHROME_PATH. `--format html` needs no browser.',
  blockedRequests: (urls: readonly string[]) =>
    `warning: the report tried to load ${plural(urls.length, 'external resource')}, which were blocked: ` +
    `${urls.slice(0, 5).join(', ')}`,
  reportWritten: (dir: string, main: readonly string[], total: number) =>
    `Report written to ${dir}: ${main.join(', ')} and charts/ (${plural(total, 'file')} in all).`,
  unknownCharts: (ids: readonly string[]) => `unknown chart id${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}`,
  unknownChartsHint: () => 'Run hubs-eval charts --year <year> --list to see the chart ids.',
  chartsWritten: (charts: number, files: number, dir: string) =>
    `Wrote ${plural(files, 'file')} for ${plural(charts, 'chart')} to ${dir}.`,
  outNotFolder: (out: string, what: string) => `cannot write to ${out}: it is ${what}, not a folder`,
  outNotFolderHint: (given: string) => `Give ${given} a folder (new or existing); output files are written inside it.`,
  cannotWrite: (out: string, code: string, existing?: string) =>
    `cannot write to ${out}: ${ERRNO_WORDS[code] ?? code}` +
    (existing && existing !== out ? ` (checked ${existing}, the nearest existing folder)` : ''),
  cannotWriteHint: (given = '--out') =>
    `Choose another folder for ${given}, or fix its permissions or free some space, and run again.`,
  removedStale: (files: readonly string[]) =>
    `removed ${files.join(', ')} left by an earlier run (this run did not write ${files.length === 1 ? 'it' : 'them'})`,
  browserLaunch: (browser: string, reason: string) => `could not start the browser at ${browser}: ${reason}`,
  browserLaunchHint: () =>
    'Check that --browser (or CHROME_PATH) names a Chromium or Chrome executable that runs on this machine (try it ' +
    'with --version). `--format html` needs no browser.',
  badKind: (text: string) => `unknown input kind "${text}"`,
  badKindHint: (kinds: readonly string[]) => `Use one of: ${kinds.join(', ')}.`,
  // Statistical neighbours (comparators.statisticalNeighbours).
  neighboursHeading: (file: string, entries: number, closeness: string | null) =>
    `${file}\n  kind: statistical neighbours; ${entries} local authorities; ` +
    `neighbours kept: ${closeness ? `at least "${closeness}"` : 'all ten'}`,
  groupsHeading: (n: number) => `Hubs and groups (${plural(n, 'group')}):`,
  groupLine: (
    g: { id: string; name: string; kind: string; members: number; from: string | null; to: string | null },
    overlaps: readonly { other: string; shared: number }[],
  ) =>
    `  ${g.id} (${g.name}, ${g.kind}): ${plural(g.members, 'member')}, ` +
    `${g.from === null ? 'no start year' : `ran ${g.from} to ${g.to ?? 'now'}`}; ` +
    `overlaps: ${overlaps.length ? overlaps.map((o) => `${o.other} ${o.shared}`).join(', ') : 'none'}`,
  neighbourGroup: (hub: string, members: readonly string[], inHubs: number) =>
    `  ${hub}:neighbours (${plural(members.length, 'area')}): ${members.join('; ') || '(none)'}` +
    `${inHubs ? `; ${plural(inHubs, 'neighbour')} left out as in a hub` : ''}`,
  neighbourCounties: (hub: string, counties: readonly string[], byDistrict: boolean) =>
    byDistrict
      ? `    ${hub}: counties counted through their districts for destinations: ${counties.join(', ')}`
      : `    ${hub}: counties left out of destination figures (no geography.districtToCounty): ${counties.join(', ')}`,
  neighbourMissing: (hub: string, las: readonly string[]) =>
    `    ${hub}: not in the neighbours file: ${las.join(', ')}`,
  // Surveys and evidence files.
  surveyHeading: (display: string, s: SurveyData) =>
    `${display}\n  kind: survey "${s.id}"; layout: ${s.layout} (${s.format}); encoding: ${s.encoding}`,
  surveyCounts: (s: SurveyData) =>
    `  responses: ${s.rowsRead} rows; complete: ${s.responses.length}` +
    `${s.excluded.unfinished ? `; unfinished (left out): ${s.excluded.unfinished}` : ''}` +
    `${s.excluded.empty ? `; empty (left out): ${s.excluded.empty}` : ''}`,
  surveyPlacement: (s: SurveyData) =>
    s.placement
      ? `  placed in hubs by: ${s.placement.by} (column "${s.placement.column}")`
      : '  placed in hubs by: nothing (no URN, local authority or hub column): figures for all respondents only',
  surveyQuestion: (q: SurveyQuestion) =>
    `  ${q.id}: ${q.type}${q.scale ? ` (${q.scale.name} scale)` : ''}` +
    `${q.type === 'single' || q.type === 'multi' ? ` (${plural(q.options.length, 'option')})` : ''}` +
    `${q.dontKnow.length ? `; kept apart: ${q.dontKnow.join(', ')}` : ''}: ${q.text}\n      typed by: ${q.typedBy}`,
  codingSheet: (display: string, c: CodedQuestion) =>
    `${display}\n  kind: coding sheet` +
    `${c.question ? ` for ${c.survey} ${c.question}` : ' (not named in the config)'}; ` +
    `${plural(c.answers.length, 'code')} of ${plural(new Set(c.answers.map((a) => a.responseId)).size, 'answer')}, ` +
    `${plural(new Set(c.answers.map((a) => a.theme)).size, 'theme')}`,
  evidenceSummary: (items: readonly EvidenceItem[]) => {
    const published = items.filter((i) => i.consent).length;
    return (
      `evidence files: ${plural(items.length, 'item')} read (${items.filter((i) => i.type === 'quote').length} ` +
      `quotes, ${items.filter((i) => i.type === 'case-study').length} case studies, ` +
      `${items.filter((i) => i.type === 'lesson').length} lessons); ${published} with consent, ` +
      `${items.length - published} not published`
    );
  },
  snapshotWritten: (dir: string, files: readonly string[], inputs: number) =>
    `Snapshot written to ${dir}: ${files.join(', ')} (SHA-256 of ${plural(inputs, 'input')} and every output in ` +
    `manifest.json).`,
  badTolerance: (text: string) => `"${printable(text)}" is not a tolerance`,
  badToleranceHint: () =>
    'Give a number of 0 or more, in the unit of each row (percentage points, counts or means), e.g. --tolerance 0.05.',
  diffUnreadable: (problems: number) => `the snapshots could not be compared (${plural(problems, 'problem')})`,
  diffUnreadableHint: () =>
    'Give two snapshot folders (written by hubs-eval snapshot) or two metrics files (metrics.json or metrics.csv); ' +
    'a snapshot whose files changed after it was written is written again with hubs-eval snapshot.',
  personalDataWarning: (n: number) =>
    `warning: ${plural(n, 'place')} in the evidence may hold personal data, which this report publishes; ` +
    'anonymise the text, or run with --strict to refuse to publish it:',
  outputTampered: (recorded: string, found: string) => ({
    message: 'does not match the SHA-256 its manifest records (changed after the snapshot was written)',
    expected: `SHA-256 ${recorded}`,
    found: `SHA-256 ${found}`,
  }),
  outputMissing: () => ({
    message: 'is listed in the manifest but missing from the snapshot folder',
    expected: 'the file hubs-eval snapshot wrote',
  }),
  outputOutside: () => ({
    message: 'is listed in the manifest with a path outside the snapshot folder',
    expected: 'a path inside the snapshot folder',
  }),
  diffReport: (d: SnapshotDiff): string[] => diffReportLines(d),
};

/** A problem with every text field escaped: a cell's line feed or tab is shown as \x0a, not laid out. */
export function printableProblem(p: Problem, display: (f: string) => string = (f) => f): Problem {
  const opt = (t: string | undefined) => (t === undefined ? undefined : printable(t));
  return {
    ...p,
    file: printable(display(p.file)),
    ...(p.also ? { also: { ...p.also, file: printable(display(p.also.file)) } } : {}),
    message: printable(p.message),
    column: opt(p.column),
    expected: opt(p.expected),
    found: opt(p.found),
  };
}

const ERRNO_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'no folder can be made there',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EISDIR: 'a folder is in the way',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
};

/** How many entries of each kind the text output lists; --json lists them all. */
const DIFF_LISTED = 50;

function diffReportLines(d: SnapshotDiff): string[] {
  const out = [
    `Comparing ${printable(d.before)} (before) with ${printable(d.after)} (after), tolerance ${d.tolerance}.`,
  ];
  if (d.context.year) out.push(`  note: reporting years differ: ${d.context.year.before} and ${d.context.year.after}`);
  if (d.context.toolVersion)
    out.push(
      `  note: hubs-eval ${d.context.toolVersion.before} made the first, ${d.context.toolVersion.after} the second`,
    );
  if (d.context.configChanged) out.push('  note: the config differs (see configSha256 in the manifests)');
  const section = <T>(title: string, items: readonly T[], line: (item: T) => string, count = `${items.length}`) => {
    if (items.length === 0) return;
    out.push(`${title} (${count}):`);
    for (const item of items.slice(0, DIFF_LISTED)) out.push(`  ${printable(line(item))}`);
    if (items.length > DIFF_LISTED) out.push(`  … and ${items.length - DIFF_LISTED} more (--json lists all)`);
  };
  if (d.inputsChanged === null) out.push('Inputs: not compared (a metrics.csv does not record its inputs).');
  else
    section('Inputs changed', d.inputsChanged, (c) =>
      c.change === 'changed'
        ? `${c.file} (${c.kind}): other bytes, SHA-256 ${c.before?.slice(0, 12)}… -> ${c.after?.slice(0, 12)}…`
        : `${c.file} (${c.kind}): ${c.change}`,
    );
  section('Measures added', d.measuresAdded, (m) => m);
  section('Measures removed', d.measuresRemoved, (m) => m);
  section('Rows added', d.rowsAdded, rowKeyText);
  section('Rows removed', d.rowsRemoved, rowKeyText);
  section('Symbols changed', d.symbolsChanged, (c) => {
    const side = (symbol: string, value: number | null) => (symbol ? symbol : diffNumber(value));
    const what = c.after === 'c' ? ' (newly suppressed)' : c.before === 'c' ? ' (no longer suppressed)' : '';
    return `${rowKeyText(c.key)}: ${side(c.before, c.valueBefore)} -> ${side(c.after, c.valueAfter)}${what}`;
  });
  const byRow = new Map<string, string[]>();
  for (const c of d.valuesChanged) {
    const delta = c.before !== null && c.after !== null ? ` (${signed(c.after - c.before)})` : '';
    const key = rowKeyText(c.key);
    byRow.set(key, [
      ...(byRow.get(key) ?? []),
      `${c.column} ${diffNumber(c.before)} -> ${diffNumber(c.after)}${delta}`,
    ]);
  }
  section(
    'Values changed beyond the tolerance',
    [...byRow],
    ([key, changes]) => `${key}: ${changes.join('; ')}`,
    `${plural(d.valuesChanged.length, 'number')} in ${plural(byRow.size, 'row')}`,
  );
  if (d.withinTolerance) out.push(`${plural(d.withinTolerance, 'number')} changed by no more than the tolerance.`);
  out.push(
    d.differences
      ? `${plural(d.differences, 'difference')} beyond the tolerance.`
      : 'No differences beyond the tolerance.',
  );
  return out;
}

/** Numbers as the table holds them, cut to 6 decimals so float noise does not fill the line. */
function diffNumber(v: number | null): string {
  return v === null ? 'empty' : String(Number(v.toFixed(6)));
}

function signed(v: number): string {
  return `${v > 0 ? '+' : ''}${diffNumber(v)}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function yearSpan(years: readonly string[]): string {
  return years.length > 3 ? `${years[0]} to ${years[years.length - 1]} (${years.length} years)` : years.join(', ');
}
