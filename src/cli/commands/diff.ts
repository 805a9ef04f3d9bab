import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXIT, type ExitCode, UserError } from '../../errors.js';
import { formatProblem, type Problem } from '../../model/problem.js';
import { diffSnapshots } from '../../snapshot/diff.js';
import { MANIFEST_FILE, type SnapshotManifest, sha256 } from '../../snapshot/manifest.js';
import { type DiffSide, type Parsed, parseManifest, parseMetricsCsv, parseMetricsJson } from '../../snapshot/side.js';
import { msg } from '../messages.js';
import type { Terminal } from '../terminal.js';

export interface DiffOptions {
  readonly cwd: string;
  readonly before: string;
  readonly after: string;
  readonly tolerance: number;
  readonly json: boolean;
}

export function parseTolerance(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UserError(msg.badTolerance(text), msg.badToleranceHint());
  return n;
}

/** Exit 0 when nothing differs beyond the tolerance, 1 when something does (so CI can fail on it), 2 on bad input. */
export function diffCommand(options: DiffOptions, term: Terminal): ExitCode {
  const problems: Problem[] = [];
  const before = readSide(options.cwd, options.before, problems);
  const after = readSide(options.cwd, options.after, problems);
  if (!before || !after || problems.length)
    throw new UserError(
      msg.diffUnreadable(problems.length),
      msg.diffUnreadableHint(),
      EXIT.usage,
      problems.map(formatProblem),
    );
  const diff = diffSnapshots(before, after, options.tolerance);
  if (options.json) term.out(JSON.stringify(diff, null, 2));
  else for (const line of msg.diffReport(diff)) term.out(line);
  return diff.differences > 0 ? EXIT.dataProblems : EXIT.ok;
}

/** A snapshot folder (manifest.json + metrics.json or metrics.csv), or a metrics.json / metrics.csv file. */
function readSide(cwd: string, given: string, problems: Problem[]): DiffSide | null {
  const target = path.resolve(cwd, given);
  const shown = path.relative(cwd, target) || '.';
  if (!existsSync(target)) {
    problems.push({
      severity: 'error',
      file: shown,
      message: 'not found',
      expected: 'a snapshot folder or a metrics file',
    });
    return null;
  }
  if (statSync(target).isDirectory()) return readFolder(target, shown, problems);
  const table = readTable(target, path.relative(cwd, target), problems);
  return table && { label: shown, rows: table.rows, inputs: table.inputs, manifest: null };
}

function readFolder(dir: string, shown: string, problems: Problem[]): DiffSide | null {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  const json = path.join(dir, 'metrics.json');
  const csv = path.join(dir, 'metrics.csv');
  const tablePath = existsSync(json) ? json : existsSync(csv) ? csv : null;
  if (!tablePath) {
    problems.push({
      severity: 'error',
      file: shown,
      message: 'holds no metrics table',
      expected: 'metrics.json or metrics.csv, as hubs-eval snapshot or metrics writes them',
    });
    return null;
  }
  const manifest = existsSync(manifestPath)
    ? collect(parseManifest(readFileSync(manifestPath, 'utf8'), path.join(shown, MANIFEST_FILE)), problems)
    : null;
  if (manifest) problems.push(...outputProblems(dir, shown, manifest));
  const table = readTable(tablePath, path.join(shown, path.basename(tablePath)), problems);
  if (!table) return null;
  return { label: shown, rows: table.rows, inputs: manifest?.inputs ?? table.inputs, manifest };
}

/** Every output the manifest lists must be there with the bytes it recorded: a hand-edited table is not compared. */
function outputProblems(dir: string, shown: string, manifest: SnapshotManifest): Problem[] {
  return manifest.outputs.flatMap(({ file, sha256: recorded }): Problem[] => {
    const target = path.resolve(dir, file);
    const where = path.join(shown, file);
    // The manifest is data: a listed path outside the snapshot folder is not opened.
    if (path.relative(dir, target).startsWith('..'))
      return [{ severity: 'error', file: where, ...msg.outputOutside() }];
    if (!existsSync(target) || !statSync(target).isFile())
      return [{ severity: 'error', file: where, ...msg.outputMissing() }];
    const found = sha256(readFileSync(target));
    return found === recorded ? [] : [{ severity: 'error', file: where, ...msg.outputTampered(recorded, found) }];
  });
}

function readTable(file: string, shown: string, problems: Problem[]) {
  const text = readFileSync(file, 'utf8');
  if (file.toLowerCase().endsWith('.json')) return collect(parseMetricsJson(text, shown), problems);
  const rows = collect(parseMetricsCsv(text, shown), problems);
  return rows && { rows, inputs: null };
}

function collect<T>(parsed: Parsed<T>, problems: Problem[]): T | null {
  problems.push(...parsed.problems);
  return parsed.value;
}
