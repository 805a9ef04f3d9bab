import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { UserError } from '../errors.js';
import type { AcademicYear } from '../model/year.js';
import { buildPlan } from '../plan/build-plan.js';
import type { PlanInput } from '../plan/context.js';
import type { ReportPlan } from '../plan/types.js';
import { runMsg } from './messages.js';
import type { PipelineOptions, PipelineResult } from './read-and-compute.js';
import { readLogo, readNarrative } from './report-assets.js';

export interface RunOptions extends PipelineOptions {
  /** `--hub`: a report for one hub, by its id in the config. */
  readonly hub?: string | undefined;
}

export interface ResolvedRun {
  readonly config: Config;
  readonly hub: string | null;
}

/** A `--hub` the config does not define, stopped with the ids it does. */
export function checkHub(config: Pick<Config, 'hubs'>, hub: string | null | undefined): string | null {
  if (hub === undefined || hub === null) return null;
  if (!config.hubs.some((h) => h.id === hub))
    throw new UserError(runMsg.unknownHub(hub), runMsg.unknownHubHint(config.hubs.map((h) => h.id)));
  return hub;
}

/** Loads the config and checks the options against it; reads no input. */
export function resolveRun(options: Pick<RunOptions, 'cwd' | 'config' | 'hub'>): ResolvedRun {
  const config = loadConfig(options.config, options.cwd);
  return { config, hub: checkHub(config, options.hub) };
}

/**
 * The one run behind `metrics`, `report`, `charts` and `snapshot`:
 *
 *   resolveRun (config, --hub; no input read)
 *     ─ computeRun (read inputs, compute metrics) ─ runPlan (once) ─ command writes
 *
 * The command calls resolveRun first, before anything slow such as starting a browser, so a mistyped flag fails at
 * once instead of after every file has been read; it has already parsed --year and checked its output folder.
 */
export async function computeRun(
  resolved: ResolvedRun,
  options: RunOptions,
  onFile?: (file: string) => void,
): Promise<PipelineResult> {
  // The readers and measures (workbook reading among them) load here, after the run is resolved: resolving stays
  // instant.
  const { readAndCompute } = await import('./read-and-compute.js');
  return readAndCompute({ ...options, loadedConfig: resolved.config }, onFile);
}

interface PlanOptions {
  readonly year: AcademicYear;
  readonly hub: string | null | undefined;
  readonly version: string;
}

/**
 * The run's one plan, behind `report`, `charts` and `snapshot`: its charts are bare (the page prints their words)
 * and carry the standalone frame that exports apply (render/chart-export.ts), so nothing is built twice.
 */
export function runPlan(result: PipelineResult, options: PlanOptions): ReportPlan {
  return buildPlan(planInput(result, options));
}

/** The plan's inputs from a run. */
export function planInput(result: PipelineResult, options: PlanOptions): PlanInput {
  return {
    config: result.config,
    year: options.year,
    hub: checkHub(result.config, options.hub),
    metrics: result.metrics,
    files: result.files,
    // Personal-data warnings are for whoever publishes (printed before the report is written), not for its readers.
    warnings: result.warnings.filter((w) => w.code !== 'personal-data'),
    narrative: readNarrative(result.config),
    logo: readLogo(result.config),
    version: options.version,
    evidence: result.evidence,
  };
}
