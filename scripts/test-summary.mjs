// Prints the plain closing line "N passed, N failed, N skipped" from vitest's JSON results, and lists skipped
// files so a skip (e.g. ../shared/data-real absent, no Chromium) is never silent.
import { existsSync, readFileSync } from 'node:fs';

if (!existsSync('.vitest-results.json')) {
  // typecheck or lint failed before vitest ran, or vitest crashed before writing its results
  console.log('0 passed, 1 failed, 0 skipped (no test results: typecheck, lint or vitest itself failed; see above)');
  process.exit(1);
}
const r = JSON.parse(readFileSync('.vitest-results.json', 'utf8'));
const skippedFiles = r.testResults.filter((f) =>
  f.assertionResults.some((a) => a.status === 'pending' || a.status === 'skipped'),
);
for (const f of skippedFiles) console.log(`skipped tests in ${f.name.replace(`${process.cwd()}/`, '')}`);
console.log(
  `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`,
);
process.exitCode = r.numFailedTests > 0 || !r.success ? 1 : 0;
