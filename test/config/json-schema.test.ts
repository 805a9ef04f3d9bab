import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, SCHEMA_FILE_NAME } from '../../src/config/json-schema.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('hubs-eval.schema.json', () => {
  it('is what the zod config schema describes (run `npm run schema` after changing it)', () => {
    expect(readFileSync(path.join(ROOT, SCHEMA_FILE_NAME), 'utf8')).toBe(configJsonSchema());
  });

  it('lists every top-level key and refuses unknown ones, as the checker does', () => {
    const schema = JSON.parse(configJsonSchema()) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'report',
        'hubs',
        'inputs',
        'comparator',
        'destinations',
        'sdc',
        'activities',
        'narrative',
      ]),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
