import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EXIT, UserError } from '../errors.js';
import type { AcademicYear } from '../model/year.js';
import { CONFIG_FILE_NAMES, defaultConfig } from './defaults.js';
import { expandPattern } from './glob.js';
import type { Config, ConfigInputKind } from './schema.js';
import { configFromRaw } from './validate-config.js';

/** Finds the config: the given path, else a hubs-eval.config.{json,yaml,yml} in `cwd`, else the built-in default. */
export function loadConfig(explicit: string | undefined, cwd: string): Config {
  const file = explicit
    ? path.resolve(cwd, explicit)
    : CONFIG_FILE_NAMES.map((n) => path.join(cwd, n)).find((p) => existsSync(p));
  if (!file) return defaultConfig(cwd);
  if (!existsSync(file)) throw new UserError(`Config file not found: ${file}`, 'Check the path given to --config.');
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  const yaml = /\.ya?ml$/i.test(file);
  try {
    raw = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new UserError(
      `Config file ${file} could not be parsed: ${yaml ? message : jsonErrorAt(text, message)}`,
      yaml ? 'YAML is expected (or JSON in a .json file).' : 'JSON is expected (or YAML in a .yaml file).',
    );
  }
  const { config, problems } = configFromRaw(raw, file, path.dirname(file));
  if (problems.length) {
    throw new UserError(
      `Config file ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
      'Fix them and run again; `hubs-eval init` writes a commented example.',
      EXIT.usage,
      problems,
    );
  }
  return config;
}

/**
 * JSON.parse says where it stopped as a character offset ("at position 123"), or not at all at the end of the text;
 * a person editing the file needs the line and column.
 */
export function jsonErrorAt(text: string, message: string): string {
  const { line, column, reason } = jsonErrorPlace(text, message);
  return `line ${line}, column ${column}: ${reason}`;
}

/** Where JSON.parse stopped, as a 1-based line and column, and why (the message without its position). */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number; reason: string } {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : firstBadOffset(text);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before[before.length - 1] ?? '').length + 1;
  const reason = message
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/, \.\.\.?".*" is not valid JSON$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '');
  return { line, column, reason };
}

/**
 * Some JSON.parse messages ("Unexpected token '}', ... is not valid JSON") give no offset: the shortest prefix that
 * fails for a reason other than ending early ends at the bad character. Config files are small, so the quadratic
 * search is cheap; past 64 KiB the end of the text is used.
 */
function firstBadOffset(text: string): number {
  if (text.length > 65_536) return text.length;
  for (let end = 1; end <= text.length; end++) {
    try {
      JSON.parse(text.slice(0, end));
    } catch (e) {
      const m = (e as Error).message;
      const at = /at position (\d+)/.exec(m);
      const endedEarly = /Unexpected end|Unterminated/.test(m) || (at !== null && Number(at[1]) >= end);
      if (!endedEarly) return at ? Number(at[1]) : end - 1;
    }
  }
  return text.length;
}

/**
 * Resolves each configured input kind to its files; a pattern that matches nothing is an error, and so is a
 * `surveys` entry whose export is not among `inputs.surveys`.
 */
export function resolveInputs(config: Config): Partial<Record<ConfigInputKind, string[]>> {
  const out: Partial<Record<ConfigInputKind, string[]>> = {};
  const problems: string[] = [];
  let folders = 0;
  for (const [kind, patterns] of Object.entries(config.inputs) as [ConfigInputKind, string[]][]) {
    const files = new Set<string>();
    for (const p of patterns) {
      const { files: hits, hidden } = expandPattern(p, config.dir);
      if (hits.length === 0 && isFolder(path.resolve(config.dir, p))) {
        folders++;
        problems.push(folderProblem(kind, p, config.dir));
      } else if (hits.length === 0)
        problems.push(
          hidden.length
            ? `inputs.${kind}: "${p}" matches only hidden files (${hidden.map((h) => path.basename(h)).join(', ')}), ` +
                'which are left out; name them explicitly to read them'
            : `inputs.${kind}: "${p}" matches no file (looked in ${config.dir})`,
        );
      for (const h of hits) files.add(h);
    }
    out[kind] = [...files].sort();
  }
  const unlisted = unlistedSurveys(config, out.surveys ?? []);
  if (unlisted.length && !problems.length)
    throw new UserError(
      'A survey the config describes is not read.',
      'List every export named under "surveys" in inputs.surveys as well.',
      EXIT.usage,
      unlisted,
    );
  problems.push(...unlisted);
  if (problems.length)
    throw new UserError(
      folders === problems.length
        ? 'A configured input is a folder, not a file.'
        : 'Some configured inputs match no file.',
      'Check the paths under "inputs" in the config.',
      EXIT.usage,
      problems,
    );
  return out;
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** An input given as a folder: its files are read through a pattern, which says which of them are inputs. */
function folderProblem(kind: ConfigInputKind, given: string, dir: string): string {
  const pattern = `${given.replace(/[\\/]+$/, '')}/*.${kind === 'evidence' ? 'md' : 'csv'}`;
  return (
    `inputs.${kind}: "${given}" is a folder, not a file (${path.resolve(dir, given)}); ` +
    `give a pattern for its files, e.g. "${pattern}"`
  );
}

/**
 * A `surveys` entry describes an export that `inputs.surveys` must also list: otherwise the survey, with its
 * title and invited number, would be left out of the report without a word.
 */
function unlistedSurveys(config: Config, read: readonly string[]): string[] {
  return config.surveys.flatMap((s, k) => {
    const { files } = expandPattern(s.file, config.dir);
    const left = files.filter((f) => !read.includes(f));
    if (files.length === 0) return [`surveys[${k}].file: "${s.file}" matches no file (looked in ${config.dir})`];
    return left.length
      ? [
          `surveys[${k}].file: "${s.file}" is not among inputs.surveys, so the "${s.id}" survey would not be read; ` +
            'add it to inputs.surveys',
        ]
      : [];
  });
}

export function resolveFromConfig(config: Config, p: string | null): string | null {
  return p === null ? null : path.resolve(config.dir, p);
}

/** The KS4 cohort of each file a destinations `{ file, cohort }` entry names, by absolute path. */
export function fileCohorts(config: Config): Map<string, AcademicYear> {
  const out = new Map<string, AcademicYear>();
  for (const { file, cohort } of config.fileCohorts ?? []) {
    for (const f of expandPattern(file, config.dir).files) out.set(f, cohort);
  }
  return out;
}
