import path from 'node:path';
import { EXIT, type ExitCode } from '../../errors.js';
import type { AcademicYear } from '../../model/year.js';
import { reportPdfDate } from '../../pdf/pdf-dates.js';
import { computeRun, resolveRun, runPlan } from '../../pipeline/run.js';
import { planForJson } from '../../plan/plan-json.js';
import { snapshotFiles } from '../../snapshot/manifest.js';
import { msg } from '../messages.js';
import { checkOutDir, writeFilesAtomically } from '../output-files.js';
import { dataDownloadFiles } from '../publication-files.js';
import { readingProgress, type Terminal } from '../terminal.js';
import { metricsFiles } from './metrics.js';

export interface SnapshotOptions {
  readonly cwd: string;
  readonly config: string | undefined;
  readonly year: AcademicYear;
  readonly out: string | undefined;
  readonly sdc: boolean;
  readonly version: string;
  /** Today's academic year, from the clock (see PipelineOptions.today). */
  readonly today?: AcademicYear;
}

/** Default snapshot folder: snapshots/2023-24 for 2023/24, under the current folder. */
export function defaultSnapshotDir(cwd: string, year: AcademicYear): string {
  return path.join(cwd, 'snapshots', year.replace('/', '-'));
}

/**
 *   inputs - metrics - plan - metrics.csv, metrics.json, plan.json, data downloads - manifest.json (SHA-256 of
 *   inputs and outputs)
 * Written atomically, with no clock anywhere: the same inputs give the same bytes, so `diff` finds nothing.
 */
export async function snapshotCommand(options: SnapshotOptions, term: Terminal): Promise<ExitCode> {
  const outDir = options.out ? path.resolve(options.cwd, options.out) : defaultSnapshotDir(options.cwd, options.year);
  checkOutDir(outDir);
  const resolved = resolveRun(options);
  const result = await computeRun(resolved, options, readingProgress(term, options.cwd));
  term.progress('building the report plan');
  const plan = runPlan(result, { ...options, hub: undefined });
  term.progress('');
  // The data downloads too (tables/, tables.ods, open-data/), dated by the report's own date, never the clock.
  const date = reportPdfDate(undefined, plan.meta.date, plan.meta.year);
  const outputs = new Map<string, string | Uint8Array>([
    ...metricsFiles(result, { year: options.year, formats: ['csv', 'json'], version: options.version }),
    ['plan.json', `${JSON.stringify(planForJson(plan), null, 2)}\n`],
    ...dataDownloadFiles(plan, result, date),
  ]);
  const files = snapshotFiles({
    version: options.version,
    year: options.year,
    sdcApplied: result.metrics.sdcApplied,
    config: result.config,
    files: result.files,
    sources: result.sources,
    outputs,
  });
  writeFilesAtomically(outDir, files);
  // Folders (tables/, open-data/) are named once, not file by file.
  const names = [...new Set([...files.keys()].map((k) => k.replace(/\/.*$/, '/')))];
  term.out(
    msg.snapshotWritten(path.relative(options.cwd, outDir) || '.', names, result.files.length + result.sources.length),
  );
  return EXIT.ok;
}
