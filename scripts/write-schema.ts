// `npm run schema`: writes hubs-eval.schema.json (the config's JSON Schema) from src/config/document-schema.ts.
// test/config/json-schema.test.ts fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { configJsonSchema, SCHEMA_FILE_NAME } from '../src/config/json-schema.js';

writeFileSync(SCHEMA_FILE_NAME, configJsonSchema());
console.log(`wrote ${SCHEMA_FILE_NAME}`);
