// Prints the plain closing line "N passed, N failed, N skipped" from vitest's JSON results, and lists skipped
// files so a skip (e.g. ../shared/data-real absent, no Chromium) is never silent. Runs after vitest whether it
// passed or not; exits 1 when tests failed, when there are no results to read (vitest crashed or never ran), or
// when vitest's own exit status (passed as the first argument: `node scripts/test-summary.mjs $?`) is not 0, as
// after an unhandled error, which vitest's JSON still reports as a success.
import { readFileSync } from 'node:fs';

const RESULTS = '.vitest-results.json';

function readResults() {
  let text;
  try {
    text = readFileSync(RESULTS, 'utf8');
  } catch {
    return `${RESULTS} was not written: vitest did not run to the end (see its output above)`;
  }
  try {
    const r = JSON.parse(text);
    if (!Array.isArray(r?.testResults)) return `${RESULTS} holds no test results`;
    return r;
  } catch (e) {
    return `${RESULTS} is not valid JSON (${e instanceof Error ? e.message : e})`;
  }
}

const r = readResults();
if (typeof r === 'string') {
  console.log(`no test summary: ${r}`);
  process.exitCode = 1;
} else {
  const rel = (name) => name.replace(`${process.cwd()}/`, '');
  const skippedFiles = r.testResults.filter((f) =>
    f.assertionResults.some((a) => a.status === 'pending' || a.status === 'skipped'),
  );
  for (const f of skippedFiles) console.log(`skipped tests in ${rel(f.name)}`);
  // A file whose hook or import failed counts no failed test (its tests show as skipped): say so.
  const brokenFiles = r.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'),
  );
  for (const f of brokenFiles) console.log(`failed to run: ${rel(f.name)} (${f.message || 'a hook or import failed'})`);
  console.log(
    `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`,
  );
  const vitestStatus = process.argv[2] === undefined ? 0 : Number(process.argv[2]);
  if (vitestStatus !== 0 && r.numFailedTests === 0 && brokenFiles.length === 0)
    console.log(`vitest exited with status ${process.argv[2]}: an unhandled error or a crash (see its output above)`);
  process.exitCode = r.numFailedTests > 0 || !r.success || vitestStatus !== 0 ? 1 : 0;
}
