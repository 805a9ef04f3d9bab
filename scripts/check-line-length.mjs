// Fails when a tracked source line is longer than 120 characters (STYLE.md section 8). Biome formats code to
// 120 columns but leaves long strings and comments alone; this catches those.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LIMIT = 120;
const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mjs', '*.css'],
  {
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((f) => f && !f.startsWith('test/fixtures/'));
let over = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the work tree but still in the index
  }
  text.split('\n').forEach((line, i) => {
    if ([...line].length > LIMIT) {
      over++;
      console.log(`${file}:${i + 1}: ${[...line].length} characters (at most ${LIMIT})`);
    }
  });
}
if (over) {
  console.log(`${over} lines over ${LIMIT} characters`);
  process.exitCode = 1;
}
