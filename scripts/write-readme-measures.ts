// `npm run readme`: rewrites the measure table in README.md from the measure catalogue (src/model/measures).
// test/cli/measure-table.test.ts fails when the committed README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { withMeasureTable } from '../src/cli/measure-table.js';

writeFileSync('README.md', withMeasureTable(readFileSync('README.md', 'utf8')));
console.log('wrote the measure table in README.md');
