import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Config } from './schema.js';

/**
 * Resolves a file the config names for the report to read (narrative Markdown, a logo, evidence), refusing anything
 * outside the config file's folder tree: a config is data, and must not be able to publish /etc/passwd or
 * /proc/self/environ. Links are followed before the check, so a link out of the tree is refused too. Errors name
 * the key and exit 2.
 */
export function containedFile(config: Config, key: string, relative: string, extensions: readonly string[]): string {
  const file = path.resolve(config.dir, relative);
  const ext = path.extname(file).toLowerCase();
  if (!extensions.includes(ext))
    throw new UserError(
      `${key}: "${relative}" is not a ${extensions.join(' or ')} file`,
      `Give a ${extensions.join(' or ')} file inside ${config.dir}.`,
    );
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    throw new UserError(`${key}: file not found: ${file}`, 'Fix the path in the config, or remove the entry.');
  }
  const root = realpathSync(config.dir);
  if (path.relative(root, real).startsWith('..') || path.isAbsolute(path.relative(root, real)))
    throw new UserError(
      `${key}: "${relative}" is outside the config file's folder (${root})`,
      'Files the report publishes must sit in the folder of the config file or below it; copy the file there.',
    );
  if (!statSync(real).isFile())
    throw new UserError(`${key}: "${relative}" is not a file`, 'Fix the path in the config, or remove the entry.');
  return real;
}
