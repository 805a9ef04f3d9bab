import type { MetricsResult } from '../metrics/index.js';
import { MISSING_SYMBOLS, type MissingSymbol } from '../model/missing.js';
import { formatProblem, type Problem } from '../model/problem.js';
import type { FileSummary } from '../model/records.js';

/** Every line the CLI prints to people lives here, so wording changes touch one file. */
export const msg = {
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
  problem: (p: Problem, display: (f: string) => string) => `  ${formatProblem({ ...p, file: display(p.file) })}`,
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
  unknownHub: (id: string) => `unknown hub "${id}"`,
  unknownHubHint: (ids: readonly string[]) => `Use one of the hub ids in the config: ${ids.join(', ')}.`,
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
  badKind: (text: string) => `unknown input kind "${text}"`,
  badKindHint: (kinds: readonly string[]) => `Use one of: ${kinds.join(', ')}.`,
  // Statistical neighbours (comparators.statisticalNeighbours).
  neighboursHeading: (file: string, entries: number, closeness: string | null) =>
    `${file}\n  kind: statistical neighbours; ${entries} local authorities; ` +
    `neighbours kept: ${closeness ? `at least "${closeness}"` : 'all ten'}`,
  neighbourGroup: (hub: string, members: readonly string[], inHubs: number) =>
    `  ${hub}:neighbours (${plural(members.length, 'area')}): ${members.join('; ') || '(none)'}` +
    `${inHubs ? `; ${plural(inHubs, 'neighbour')} left out as in a hub` : ''}`,
  neighbourCounties: (hub: string, counties: readonly string[], byDistrict: boolean) =>
    byDistrict
      ? `    ${hub}: counties counted through their districts for destinations: ${counties.join(', ')}`
      : `    ${hub}: counties left out of destination figures (no geography.districtToCounty): ${counties.join(', ')}`,
  neighbourMissing: (hub: string, las: readonly string[]) =>
    `    ${hub}: not in the neighbours file: ${las.join(', ')}`,
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function yearSpan(years: readonly string[]): string {
  return years.length > 3 ? `${years[0]} to ${years[years.length - 1]} (${years.length} years)` : years.join(', ');
}
