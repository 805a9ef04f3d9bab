import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { UserError } from '../errors.js';
import type { PlanInput } from '../plan/context.js';

/** The config's narrative Markdown files, read; a configured file that does not exist is an error naming it. */
export function readNarrative(config: Config): PlanInput['narrative'] {
  const read = (p: string | null, key: string) => {
    if (!p) return null;
    const file = path.resolve(config.dir, p);
    if (!existsSync(file))
      throw new UserError(
        `narrative.${key}: file not found: ${file}`,
        'Fix the path in the config, or remove the entry.',
      );
    return readFileSync(file, 'utf8');
  };
  return {
    foreword: read(config.narrative.foreword, 'foreword'),
    acknowledgements: read(config.narrative.acknowledgements, 'acknowledgements'),
    recommendations: read(config.narrative.recommendations, 'recommendations'),
  };
}

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/** The cover logo inlined as a data: URI, so the HTML stays self-contained. */
export function readLogo(config: Config): string | null {
  if (!config.report.logo) return null;
  const file = path.resolve(config.dir, config.report.logo);
  const type = IMAGE_TYPES[path.extname(file).toLowerCase()];
  if (!type)
    throw new UserError(
      `report.logo: ${file} is not an image type the report can inline`,
      `Use one of ${Object.keys(IMAGE_TYPES).join(', ')}.`,
    );
  if (!existsSync(file))
    throw new UserError(`report.logo: file not found: ${file}`, 'Fix the path in the config, or remove the entry.');
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
