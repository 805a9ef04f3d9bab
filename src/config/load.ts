import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EXIT, UserError } from '../errors.js';
import type { InputKind } from '../model/records.js';
import { CONFIG_FILE_NAMES, defaultConfig } from './defaults.js';
import { expandPattern } from './glob.js';
import type { Config } from './schema.js';
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
  try {
    raw = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `Config file ${file} could not be parsed: ${(e as Error).message}`,
      'JSON or YAML is expected.',
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

/** Resolves each configured input kind to its files; a pattern that matches nothing is an error. */
export function resolveInputs(config: Config): Partial<Record<InputKind, string[]>> {
  const out: Partial<Record<InputKind, string[]>> = {};
  const problems: string[] = [];
  for (const [kind, patterns] of Object.entries(config.inputs) as [InputKind, string[]][]) {
    const files = new Set<string>();
    for (const p of patterns) {
      const hits = expandPattern(p, config.dir);
      if (hits.length === 0) problems.push(`inputs.${kind}: "${p}" matches no file (looked in ${config.dir})`);
      for (const h of hits) files.add(h);
    }
    out[kind] = [...files].sort();
  }
  if (problems.length)
    throw new UserError(
      `Some configured inputs match no file.`,
      'Check the paths under "inputs" in the config.',
      EXIT.usage,
      problems,
    );
  return out;
}

export function resolveFromConfig(config: Config, p: string | null): string | null {
  return p === null ? null : path.resolve(config.dir, p);
}
