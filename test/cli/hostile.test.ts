import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../../src/cli/messages.js';
import { runMain } from './run-main.js';

/**
 * User mistakes and hostile inputs through the real entry point (in-process, so no browser project needed):
 * each case asserts the exit code and the message, and that nothing is read or computed before an output
 * location is known to be usable.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MINI_CONFIG = path.join(ROOT, 'test/fixtures/report-mini/hubs-eval.config.json');

const run = runMain;

afterEach(() => vi.restoreAllMocks());

const tmp = () => mkdtempSync(path.join(tmpdir(), 'hubs-eval-hostile-cli-'));
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A config whose only input has a data error: reading it would exit 1, so exit 2 proves nothing was read. */
function brokenInputConfig(): string {
  const dir = tmp();
  writeFileSync(
    path.join(dir, 'register.csv'),
    'urn,name,la_code,type,pupils,eligible,joined\nnot-a-urn,A,202,x,1,yes,\n',
  );
  writeFileSync(path.join(dir, 'hubs-eval.config.json'), JSON.stringify({ inputs: { institutions: 'register.csv' } }));
  return path.join(dir, 'hubs-eval.config.json');
}

describe('input paths that are not files', () => {
  it('validate missing.csv: exit 2 with the path and a hint, not "this is a bug"', async () => {
    const r = await run('validate', 'missing.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: input file not found: missing.csv');
    expect(r.stderr).toContain('hint: Check the path');
    expect(r.stderr).not.toContain('bug');
  });

  it('validate --kind neet missing.csv (no kind detection): the same exit 2', async () => {
    const r = await run('validate', '--kind', 'neet', 'missing.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: input file not found: missing.csv');
  });

  it('a folder given as a file: exit 2 naming it, with a hint', async () => {
    const r = await run('validate', 'test/fixtures/hostile');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: input is a folder, not a file: test/fixtures/hostile');
    expect(r.stderr).toContain('hint: Give the CSV files inside it');
  });
});

describe('--out checked before anything is read or computed', () => {
  it('metrics --out an existing file: exit 2 (not 1 from the broken input, which is never read)', async () => {
    const file = path.join(tmp(), 'taken');
    writeFileSync(file, 'x');
    const r = await run('metrics', '--year', '2023/24', '--config', brokenInputConfig(), '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg.userError(msg.outNotFolder(file, 'an existing file')));
    expect(r.stderr).toContain('hint: Give --out a folder');
  });

  it('report --out under a regular file (ENOTDIR): exit 2 naming the file in the way', async () => {
    const file = path.join(tmp(), 'taken');
    writeFileSync(file, 'x');
    const out = path.join(file, 'report');
    const r = await run(
      'report',
      '--year',
      '2023/24',
      '--config',
      brokenInputConfig(),
      '--out',
      out,
      '--format',
      'html',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg.userError(msg.outNotFolder(out, `under ${file}, which is a file`)));
  });

  it('charts --out an existing file: exit 2; charts --list writes nothing, so it is not checked', async () => {
    const file = path.join(tmp(), 'taken');
    writeFileSync(file, 'x');
    const r = await run('charts', '--year', '2023/24', '--config', brokenInputConfig(), '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write to ${file}`);
    expect(
      (await run('charts', '--year', '2023/24', '--config', brokenInputConfig(), '--out', file, '--list')).code,
    ).toBe(1);
  });

  // Root ignores permission bits, so "unwritable" is tested where even root cannot make a folder: /proc (Linux).
  it.skipIf(!existsSync('/proc/self'))(
    'metrics --out where no folder can be made (/proc): exit 2 with a hint',
    async () => {
      const r = await run(
        'metrics',
        '--year',
        '2023/24',
        '--config',
        brokenInputConfig(),
        '--out',
        '/proc/hubs-eval-out',
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('error: cannot write to /proc/hubs-eval-out: ');
      expect(r.stderr).toContain('(checked /proc, the nearest existing folder)');
      expect(r.stderr).toContain(msg.hint(msg.cannotWriteHint()));
    },
  );

  it('init into a path that is a file: exit 2, the hint names init', async () => {
    const file = path.join(tmp(), 'taken');
    writeFileSync(file, 'x');
    const r = await run('init', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(msg.userError(msg.outNotFolder(file, 'an existing file')));
    expect(r.stderr).toContain('hint: Give init a folder');
  });

  const isRoot = process.getuid?.() === 0;
  if (isRoot) console.warn('[hubs-eval tests] running as root: the read-only-folder (EACCES) --out test is SKIPPED.');
  it.skipIf(isRoot || process.platform === 'win32')(
    'metrics --out in a read-only folder (EACCES): exit 2',
    async () => {
      const { chmodSync } = await import('node:fs');
      const dir = tmp();
      chmodSync(dir, 0o555);
      const r = await run(
        'metrics',
        '--year',
        '2023/24',
        '--config',
        brokenInputConfig(),
        '--out',
        path.join(dir, 'out'),
      );
      chmodSync(dir, 0o755);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('permission denied');
    },
  );
});

describe('report: browser and earlier outputs', () => {
  it('--browser /bin/false: exit 2 "could not start the browser at /bin/false", hint, no protocol error', async () => {
    const r = await run(
      'report',
      '--year',
      '2023/24',
      '--config',
      MINI_CONFIG,
      '--out',
      tmp(),
      '--browser',
      '/bin/false',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: could not start the browser at /bin/false:');
    expect(r.stderr).toContain('hint: Check that --browser');
    expect(r.stderr).not.toMatch(/Protocol error|Target closed|bug/);
  });

  it('--format html into a folder holding an older report.pdf: the stale PDF is removed and that is said', async () => {
    const out = tmp();
    writeFileSync(path.join(out, 'report.pdf'), '%PDF-1.7 from an earlier run');
    writeFileSync(path.join(out, 'notes.txt'), 'not ours');
    mkdirSync(path.join(out, 'charts'));
    const r = await run('report', '--year', '2023/24', '--config', MINI_CONFIG, '--out', out, '--format', 'html');
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain('report.html');
    expect(files).not.toContain('report.pdf');
    // Only the command's own outputs are candidates: anything else in the folder stays.
    expect(files).toContain('notes.txt');
    expect(r.stderr).toMatch(/removed .*report\.pdf left by an earlier run \(this run did not write it\)/);
  });
});

describe('files that are not what they claim, through validate', () => {
  it('a workbook renamed .csv: exit 2 with ONE message saying so and how to export CSV', async () => {
    const r = await run('validate', 'test/fixtures/hostile/workbook-renamed.csv');
    expect(r.code).toBe(2);
    expect(r.stderr.match(/error:/g)).toHaveLength(1);
    expect(r.stderr).toContain('spreadsheet workbook');
    expect(r.stderr).toContain('"CSV UTF-8 (Comma delimited)"');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('the same workbook given --kind institutions: exit 1 with exactly one problem', async () => {
    const r = await run('validate', '--json', '--kind', 'institutions', 'test/fixtures/hostile/workbook-renamed.csv');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toHaveLength(1);
  });

  it('random binary given --kind institutions: exit 1 with exactly one problem', async () => {
    const r = await run('validate', '--json', '--kind', 'institutions', 'test/fixtures/hostile/binary.csv');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((p: { found: string }) => p.found)).toEqual(['binary data']);
  });

  it('a UTF-16 "Unicode text" register is read: exit 0', async () => {
    const r = await run('validate', 'test/fixtures/hostile/register-utf16le-tab.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kind: institutions; layout: hub register; encoding: utf-16le');
    expect(r.stdout).toContain('rows read: 3; kept: 3');
  });

  it('institutions in an unknown LA (E09000099): a warning with its line numbers', async () => {
    const r = await run('validate', '--json', 'test/fixtures/hostile/register-unknown-la.csv');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).problems).toEqual([
      {
        severity: 'warning',
        file: 'test/fixtures/hostile/register-unknown-la.csv',
        line: 3,
        column: 'la_code',
        found: 'E09000099',
        expected: 'an LA code of a configured hub',
        message: '2 institutions in an LA that no hub covers; they are left out of hub figures (also on line 5)',
      },
    ]);
  });

  it.each([
    ['neet-bad-la-code.csv', 4, 'new_la_code'],
    ['destinations-bad-la-code.csv', 3, 'location_code'],
  ])('%s: the malformed LA code E0900009X is a located error (line %i, column %s)', async (name, line, column) => {
    const r = await run('validate', '--json', `test/fixtures/hostile/${name}`);
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.stdout).problems.filter((p: { severity: string }) => p.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        file: `test/fixtures/hostile/${name}`,
        line,
        column,
        message: 'not an area code, so the row cannot be matched to an area',
        expected: 'an ONS area code (a letter and 8 digits, e.g. E09000007) or an old 3-digit LA code',
        found: 'E0900009X',
      },
    ]);
  });
});

describe('hostile text is printed escaped', () => {
  it('validate text output: an ANSI escape from a cell prints as \\x1b, never raw', async () => {
    const r = await run('validate', 'test/fixtures/hostile/register-control-chars.csv');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    // The cells lose their control characters as they are read; the one warning shows the first cell as found.
    expect(r.stdout).toContain('found "School 1\\x1b]0;pwned\\x07\\x1b[2J"');
    expect(r.stdout).toContain('found "main[31mstream"');
  });

  it('validate --json: valid JSON, no raw control characters, the value round-trips', async () => {
    const r = await run('validate', '--json', 'test/fixtures/hostile/register-control-chars.csv');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const problems = JSON.parse(r.stdout).problems as { severity: string; found: string }[];
    // The warning quotes the first cell as found, and the JSON holds it escaped.
    expect(problems.find((p) => p.severity === 'warning')?.found).toBe('School 1\x1b]0;pwned\x07\x1b[2J');
  });

  it('commander errors quoting an argument escape it too (exit 2)', async () => {
    const r = await run('validate', '--kind', 'ne\x1b[2Jet', 'x.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain("argument 'ne\\x1b[2Jet' is invalid");
  });

  it('an error message quoting a file name with control characters escapes them', async () => {
    const r = await run('validate', 'evil\x1b]0;pwned\x07\u009b2J.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('input file not found: evil\\x1b]0;pwned\\x07\\x9b2J.csv');
  });
});
