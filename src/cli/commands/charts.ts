import path from 'node:path';
import { EXIT, type ExitCode, UserError } from '../../errors.js';
import type { AcademicYear } from '../../model/year.js';
import { computeRun, resolveRun, runPlan } from '../../pipeline/run.js';
import { CHART_FORMATS, type ChartFormat, chartFiles, planCharts } from '../../render/chart-export.js';
import { msg } from '../messages.js';
import { checkOutDir, defaultOutDir, writeFilesAtomically } from '../output-files.js';
import { readingProgress, type Terminal } from '../terminal.js';

export interface ChartsOptions {
  readonly cwd: string;
  readonly config: string | undefined;
  readonly year: AcademicYear;
  readonly out: string | undefined;
  readonly charts: readonly string[];
  readonly list: boolean;
  readonly formats: readonly ChartFormat[];
  readonly hub: string | undefined;
  readonly sdc: boolean;
  readonly version: string;
  /** Today's academic year, from the clock (see PipelineOptions.today). */
  readonly today?: AcademicYear;
}

export function parseChartFormats(text: string): ChartFormat[] {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !(CHART_FORMATS as readonly string[]).includes(p)))
    throw new UserError(msg.badFormat(text), msg.badFormatHint(CHART_FORMATS));
  return [...new Set(parts)] as ChartFormat[];
}

/** Each chart of the report as SVG, PNG and Vega-Lite JSON, with its title, subtitle and source drawn in. */
export async function chartsCommand(options: ChartsOptions, term: Terminal): Promise<ExitCode> {
  const outDir = options.out
    ? path.resolve(options.cwd, options.out)
    : path.join(defaultOutDir(options.cwd, options.year), 'charts');
  if (!options.list) checkOutDir(outDir);
  const resolved = resolveRun(options);
  const result = await computeRun(resolved, options, readingProgress(term, options.cwd));
  const all = planCharts(runPlan(result, options));
  if (options.list) {
    for (const c of all) term.out(`${c.id}\t${c.title}`);
    return EXIT.ok;
  }
  const unknown = options.charts.filter((id) => !all.some((c) => c.id === id));
  if (unknown.length) throw new UserError(msg.unknownCharts(unknown), msg.unknownChartsHint());
  const chosen = options.charts.length ? all.filter((c) => options.charts.includes(c.id)) : all;
  term.progress('rendering charts');
  const files = await chartFiles(chosen, options.formats);
  term.progress('');
  writeFilesAtomically(outDir, files);
  term.out(msg.chartsWritten(chosen.length, files.size, path.relative(options.cwd, outDir) || '.'));
  return EXIT.ok;
}
