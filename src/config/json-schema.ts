import { z } from 'zod';
import { configDocument } from './document-schema.js';

export const SCHEMA_FILE_NAME = 'hubs-eval.schema.json';

/**
 * The config's JSON Schema (draft 2020-12), from the same zod schema that checks configs, so an editor completes
 * and checks a config by the rules hubs-eval applies. The input side is described: what a person writes.
 */
export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configDocument, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'hubs-eval configuration' }, null, 2)}\n`;
}
