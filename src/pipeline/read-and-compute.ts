import path from 'node:path';
import type { Config } from '../config/schema.js';
import { EXIT, UserError } from '../errors.js';
import { keepLatestReturns } from '../ingest/compass-supersession.js';
import { allRecords, type Inputs } from '../ingest/index.js';
import type { SourceFile } from '../ingest/source-files.js';
import { displayPath } from '../ingest/summary.js';
import { resolveGroups } from '../metrics/group-members.js';
import { deliveredByGroup, GroupTally } from '../metrics/group-tally.js';
import { clusterIds, computeMetrics, type MetricsResult } from '../metrics/index.js';
import { ParticipationTally } from '../metrics/participation.js';
import { displayedProblem, formatProblem, type Problem } from '../model/problem.js';
import { type FileSummary, INPUT_KINDS } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import type { EvidenceInput } from '../plan/evidence-input.js';
import { computeEvidence } from './compute-evidence.js';
import { readInputs } from './read-inputs.js';
import { reportSources } from './report-sources.js';
import { checkInstitutionGroup, checkYears } from './year-check.js';

export interface PipelineOptions {
  readonly cwd: string;
  readonly config: string | undefined;
  /** The config, loaded and checked before any input is read (see pipeline/run.ts). */
  readonly loadedConfig?: Config | undefined;
  readonly year: AcademicYear;
  readonly sdc: boolean;
  /** `--strict`: personal data in evidence is an error (exit 1), not a warning. */
  readonly strict?: boolean | undefined;
  /**
   * Today's academic year (the CLI reads the clock). Periods and dates in the inputs may run to two years after
   * the later of it and `year`; without it only the first plausible year is checked (see plausible-years).
   */
  readonly today?: AcademicYear;
}

export interface PipelineResult {
  readonly config: Config;
  readonly inputs: Inputs;
  /** Every file read, with its path relative to the config folder (so outputs do not depend on the machine). */
  readonly files: readonly FileSummary[];
  /** The other files that can change the report (surveys, evidence, narrative, neighbours, lookups, logo), hashed. */
  readonly sources: readonly SourceFile[];
  /** Warnings from reading (errors stop the run). */
  readonly warnings: readonly Problem[];
  readonly metrics: MetricsResult;
  /** Surveys, evidence items and progress against targets (their metric rows are in `metrics.rows`). */
  readonly evidence: EvidenceInput;
}

const SHOWN_ERRORS = 20;

/** Reads the configured inputs and computes every measure; data errors stop the run with exit code 1. */
export async function readAndCompute(
  options: PipelineOptions,
  onFile: (file: string) => void = () => {},
): Promise<PipelineResult> {
  // Activities are totalled as they stream in (placed in hubs through the register, read before them), not kept.
  let participation: ParticipationTally | undefined;
  let groupTally: GroupTally | undefined;
  const {
    config,
    inputs,
    present,
    problems,
    evidence: evidenceFiles,
    neighbours,
  } = await readInputs(
    {
      ...options,
      activitySink: (hubs, read, config) => {
        const institutions = allRecords(read, 'institutions');
        const tally = new ParticipationTally(institutions, hubs);
        participation = tally;
        // Members not in the register are stopped after reading (read-inputs.ts); here they are simply not found.
        const outputs = new GroupTally(resolveGroups(config, institutions, hubs).groups, config.strands);
        groupTally = outputs;
        const clusters = clusterIds(config);
        return (activity) => {
          outputs.add(activity);
          // Activities a cluster delivered are its outputs, not the hubs'.
          if (!deliveredByGroup(activity, clusters)) tally.add(activity);
        };
      },
    },
    onFile,
  );
  if (present.length === 0 && evidenceFiles.surveys.length === 0)
    throw new UserError(
      'No inputs are configured.',
      'Add paths under "inputs" in the config (hubs-eval init writes an example).',
    );
  const needRegister = (['compass', 'activities'] as const).filter((k) => present.includes(k));
  if (needRegister.length && !present.includes('institutions')) {
    throw new UserError(
      `${needRegister.join(' and ')} ${needRegister.length === 1 ? 'is' : 'are'} configured without an institutions ` +
        `register, so no record can be placed in a hub.`,
      'Add inputs.institutions (the register, or a GIAS extract): Compass returns and activities are placed in hubs ' +
        'by the URN of their institution.',
    );
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    const shown = errors
      .slice(0, SHOWN_ERRORS)
      .map((p) => formatProblem(displayedProblem(p, (f) => displayPath(f, options.cwd))));
    if (errors.length > SHOWN_ERRORS) shown.push(`… and ${errors.length - SHOWN_ERRORS} more`);
    throw new UserError(
      `The inputs have ${errors.length} error${errors.length === 1 ? '' : 's'}; no figures were computed.`,
      'Run `hubs-eval validate` to see every problem, fix them, and run again.',
      EXIT.dataProblems,
      shown,
    );
  }
  checkYears(
    options.year,
    INPUT_KINDS.flatMap((k) => inputs[k].map((r) => r.summary)),
    config.destinations,
  );
  checkInstitutionGroup(config.destinations.institutionGroup, allRecords(inputs, 'destinations'));
  const relative = (f: string) => path.relative(config.dir, f).split(path.sep).join('/');
  const administrative = computeMetrics(
    {
      institutions: allRecords(inputs, 'institutions'),
      // One institution's returns may sit in two files (a yearly export and a full one): the latest counts overall.
      compass: keepLatestReturns(allRecords(inputs, 'compass')).kept,
      destinations: allRecords(inputs, 'destinations'),
      schoolDestinations: inputs.destinations.flatMap((r) => r.schools ?? []),
      neet: allRecords(inputs, 'neet'),
      activities: [],
      ...(participation ? { participation } : {}),
      ...(groupTally ? { groupTally } : {}),
      present,
      neighbours,
    },
    { config, year: options.year, sdc: options.sdc },
  );
  const { rows: surveyRows, evidence } = computeEvidence(evidenceFiles, {
    config,
    institutions: allRecords(inputs, 'institutions'),
    rows: administrative.rows,
    year: options.year,
    sdc: options.sdc,
  });
  const metrics = { ...administrative, rows: [...administrative.rows, ...surveyRows] };
  const summaries = INPUT_KINDS.flatMap((k) =>
    inputs[k].map((r) => ({ ...r.summary, file: relative(r.summary.file) })),
  );
  return {
    config,
    inputs,
    files: summaries,
    sources: reportSources(config),
    warnings: problems.map((p) => displayedProblem(p, relative)),
    metrics,
    evidence,
  };
}
