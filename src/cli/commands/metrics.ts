import path from 'node:path';
import { EXIT, type ExitCode, UserError } from '../../errors.js';
import { metricsCsv } from '../../metrics/metric-table.js';
import { metricsJson } from '../../metrics/metrics-json.js';
import { escapeJsonText } from '../../model/printable.js';
import type { AcademicYear } from '../../model/year.js';
import type { PipelineResult } from '../../pipeline/read-and-compute.js';
import { computeRun, resolveRun } from '../../pipeline/run.js';
import { msg } from '../messages.js';
import { checkOutDir, defaultOutDir, writeFilesAtomically } from '../output-files.js';
import { readingProgress, type Terminal } from '../terminal.js';

export type MetricsFormat = 'csv' | 'json';

export interface MetricsOptions {
  readonly cwd: string;
  readonly config: string | undefined;
  readonly year: AcademicYear;
  readonly out: string | undefined;
  readonly formats: readonly MetricsFormat[];
  readonly sdc: boolean;
  readonly version: string;
  /** Today's academic year, from the clock (see PipelineOptions.today). */
  readonly today?: AcademicYear;
}

export function parseMetricsFormats(text: string): MetricsFormat[] {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = parts.filter((p) => p !== 'csv' && p !== 'json');
  if (bad.length || parts.length === 0) throw new UserError(msg.badFormat(text), msg.badFormatHint(['csv', 'json']));
  return [...new Set(parts)] as MetricsFormat[];
}

/** The metrics table files, keyed by their name in the output folder. */
export function metricsFiles(
  result: PipelineResult,
  options: Pick<MetricsOptions, 'year' | 'formats' | 'version'>,
): Map<string, string> {
  const files = new Map<string, string>();
  if (options.formats.includes('csv')) files.set('metrics.csv', metricsCsv(result.metrics.rows));
  if (options.formats.includes('json'))
    files.set('metrics.json', escapeJsonText(metricsJson(result, options.year, options.version)));
  return files;
}

export async function metricsCommand(options: MetricsOptions, term: Terminal): Promise<ExitCode> {
  const outDir = options.out ? path.resolve(options.cwd, options.out) : defaultOutDir(options.cwd, options.year);
  checkOutDir(outDir);
  const result = await computeRun(resolveRun(options), options, readingProgress(term, options.cwd));
  const written = writeFilesAtomically(outDir, metricsFiles(result, options));
  for (const line of msg.metricsSummary(result.metrics, options.year)) term.out(line);
  for (const f of written) term.out(msg.wrote(path.relative(options.cwd, f) || f));
  return EXIT.ok;
}
