import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/defaults.js';
import { HubIndex } from '../config/hub-index.js';
import { fileCohorts, loadConfig, resolveInputs } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { EXIT, UserError } from '../errors.js';
import { crossFileProblems } from '../ingest/coverage.js';
import { releaseProblems } from '../ingest/destinations.js';
import { allRecords, type Inputs, readFiles } from '../ingest/index.js';
import { plausibleYears } from '../ingest/plausible-years.js';
import { type ResolvedGroup, resolveGroups } from '../metrics/group-members.js';
import type { NeighbourSources } from '../metrics/neighbours-comparison.js';
import { hubResolver } from '../metrics/surveys.js';
import type { Problem } from '../model/problem.js';
import type { Activity } from '../model/records.js';
import { type GivenKind, INPUT_KINDS, type InputKind } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import { classifyGiven } from './given-files.js';
import { runMsg } from './messages.js';
import { type EvidenceFiles, readEvidenceFiles } from './read-evidence.js';
import { readNeighbourSources } from './read-neighbours.js';

export interface ReadInputsOptions {
  readonly cwd: string;
  /** The config file, or undefined for the one in `cwd`. */
  readonly config: string | undefined;
  /** The config, when the caller has loaded and checked it already (see pipeline/run.ts); else it is loaded here. */
  readonly loadedConfig?: Config | undefined;
  /** Files given on the command line instead of the configured inputs. */
  readonly files?: readonly string[];
  /** The kind of the files given (default: told from each file's content). */
  readonly kind?: GivenKind | undefined;
  /** The reporting year, when there is one. */
  readonly year?: AcademicYear;
  /** Today's academic year (the CLI reads the clock): input years may run to two after it or after `year`. */
  readonly today?: AcademicYear | undefined;
  /**
   * Where activity records go as they are read, made once the register is read; by default they are checked and
   * counted, then dropped (`validate` needs only the problems and summaries). Never are they all kept.
   */
  readonly activitySink?: (hubs: HubIndex, readSoFar: Inputs, config: Config) => (activity: Activity) => void;
  /** `--strict`: personal data in evidence is an error. */
  readonly strict?: boolean | undefined;
}

export interface ReadInputsResult {
  readonly config: Config;
  readonly hubs: HubIndex;
  readonly inputs: Inputs;
  /** Kinds with at least one file. */
  readonly present: readonly InputKind[];
  /** Every problem of every file and across files, errors and warnings, in file order. */
  readonly problems: readonly Problem[];
  /** The statistical neighbours and district lookup the config names, read. */
  readonly neighbours?: NeighbourSources | undefined;
  /** Survey exports and evidence files (`inputs.surveys`, `inputs.evidence`), read. */
  readonly evidence: EvidenceFiles;
  /** The hubs and member-defined groups with their members found in the register; none without a register. */
  readonly groups: readonly ResolvedGroup[];
}

/**
 * The first half of every command: load the config, find the input files (configured or given), read each with
 * its reader, and check the files against each other. Nothing is computed and nothing stops on a data error:
 * `validate` prints the problems, `readAndCompute` stops on them.
 */
/** `onFile` is called with each file as its reading starts, and with '' when every file has been read. */
export async function readInputs(
  options: ReadInputsOptions,
  onFile: (file: string) => void = () => {},
): Promise<ReadInputsResult> {
  const config = options.loadedConfig ?? loadConfig(options.config, options.cwd);
  if (config.file === null && !options.files?.length)
    throw new UserError(runMsg.noConfigFound(options.cwd, CONFIG_FILE_NAMES), runMsg.noConfigFoundHint());
  const given = options.files?.length ? await classifyGiven(options.files, options.kind) : undefined;
  const configured = given ? {} : resolveInputs(config);
  const files = given ? given.tabular : configured;
  const present = INPUT_KINDS.filter((k) => (files[k]?.length ?? 0) > 0);
  const hubs = new HubIndex(config.hubs);
  const inputs = await readFiles(
    files,
    {
      activityLabels: config.activities.labels,
      fileCohorts: fileCohorts(config),
      years: plausibleYears(options.today, options.year),
    },
    onFile,
    (readSoFar) => options.activitySink?.(hubs, readSoFar, config) ?? (() => {}),
  );
  // Survey responses are placed through the register read above (URNs), the configured LAs or the hub names; a
  // survey export given on the command line is read with its config entry when the config names it.
  const place = hubResolver(hubs, allRecords(inputs, 'institutions'));
  const evidenceInputs = given ? { surveys: given.surveys, coded: given.coded } : configured;
  const evidence = await readEvidenceFiles(config, evidenceInputs, onFile, {
    hubOf: place,
    strict: options.strict === true,
  });
  const groups = given ? [] : checkedGroups(config, hubs, inputs);
  const neighbours = await readNeighbourSources(config);
  onFile('');
  const problems = [
    ...INPUT_KINDS.flatMap((k) => inputs[k].flatMap((r) => r.problems)),
    ...crossFileProblems(inputs, hubs),
    ...releaseProblems(inputs.destinations),
    ...evidence.problems,
    ...neighbours.problems,
  ];
  return { config, hubs, inputs, present, problems, evidence, neighbours: neighbours.sources, groups };
}

/**
 * The hubs and groups with their members; a group member not in the register is a config error (exit 2) at its key,
 * found once the register is read and before anything is computed.
 */
function checkedGroups(config: Config, hubs: HubIndex, inputs: Inputs): ResolvedGroup[] {
  const institutions = allRecords(inputs, 'institutions');
  if (inputs.institutions.length === 0) {
    if (config.groups.length)
      throw new UserError(runMsg.groupsWithoutRegister(), runMsg.groupsWithoutRegisterHint(), EXIT.usage);
    return [];
  }
  const { groups, problems } = resolveGroups(config, institutions, hubs);
  if (problems.length === 0) return groups;
  const registers = inputs.institutions.map((r) => path.relative(config.dir, r.summary.file).split(path.sep).join('/'));
  throw new UserError(
    runMsg.groupMembersNotInRegister(problems.length),
    runMsg.groupMembersHint(),
    EXIT.usage,
    problems.map((p) =>
      p.key.endsWith('.value')
        ? runMsg.groupValueNotInRegister(p.key, p.message, 'cluster')
        : runMsg.groupUrnNotInRegister(p.key, p.message, registers),
    ),
  );
}
