import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { UserError } from '../errors.js';
import { readDistrictToCounty } from '../ingest/district-county.js';
import { readStatNeighbours } from '../ingest/stat-neighbours.js';
import type { NeighbourSources } from '../metrics/neighbours-comparison.js';
import type { Problem } from '../model/problem.js';
import type { AcademicYear } from '../model/year.js';

/**
 * Reads the files of `comparators.statisticalNeighbours` and `geography.districtToCounty`, resolved against the
 * config's folder as inputs are; only files the config names are read. Their problems join the inputs' problems.
 */
export async function readNeighbourSources(
  config: Config,
): Promise<{ sources: NeighbourSources | undefined; problems: Problem[] }> {
  const named = config.comparators?.statisticalNeighbours;
  const lookupNamed = config.geography?.districtToCounty;
  if (!named) return { sources: undefined, problems: [] };
  const neighbours = await readStatNeighbours(configured(config, 'comparators.statisticalNeighbours', named));
  const districtToCounty = lookupNamed
    ? await readDistrictToCounty(configured(config, 'geography.districtToCounty', lookupNamed))
    : undefined;
  const started: Record<string, AcademicYear> = {};
  for (const hub of config.hubs) if (hub.started) started[hub.id] = hub.started;
  return {
    sources: {
      neighbours,
      districtToCounty,
      minimumCloseness: config.comparators?.minimumCloseness ?? undefined,
      started,
    },
    problems: [...neighbours.problems, ...(districtToCounty?.problems ?? [])],
  };
}

function configured(config: Config, key: string, relative: string): string {
  const file = path.resolve(config.dir, relative);
  if (!existsSync(file))
    throw new UserError(`${key}: file not found: ${file}`, 'Fix the path in the config, or remove the entry.');
  return file;
}
