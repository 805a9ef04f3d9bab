import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msg } from '../../src/cli/messages.js';
import { PERSONAL_DATA_EXPECTED, personalDataMessage } from '../../src/ingest/personal-data.js';
import { formatProblem } from '../../src/model/problem.js';
import { runMain } from './run-main.js';

/**
 * A case study with an e-mail address, a phone number, a date of birth, an NI number and a postcode
 * (test/fixtures/evidence/personal-data.md) beside the golden fixture: `validate` and `report` warn, `--strict`
 * refuses (exit 1), and the address is never a mailto: link.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
let dir: string;

const run = runMain;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-personal-'));
  cpSync(path.join(FIXTURES, 'report-mini'), dir, { recursive: true });
  cpSync(path.join(FIXTURES, 'evidence/personal-data.md'), path.join(dir, 'case.md'));
  const config = path.join(dir, 'hubs-eval.config.json');
  writeFileSync(config, readFileSync(config, 'utf8').replace('"inputs": {', '"inputs": { "evidence": "case.md",'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = () => path.join(dir, 'hubs-eval.config.json');
const emailWarning = (severity: 'warning' | 'error', file: string) =>
  formatProblem({
    severity,
    file,
    line: 10,
    message: personalDataMessage('an e-mail address'),
    expected: PERSONAL_DATA_EXPECTED,
    found: 'j*.******@*******.**m',
  });

describe('personal data in evidence', () => {
  it('validate: five warnings, each located and masked, exit 0', async () => {
    const r = await run('validate', '--config', config());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(emailWarning('warning', path.join(dir, 'case.md')));
    expect(r.stdout.match(/may hold personal data/g)).toHaveLength(5);
    expect(r.stdout).not.toContain('jo.parent@example.com');
  });

  it('validate --strict: the same five are errors, exit 1', async () => {
    const r = await run('validate', '--strict', '--config', config());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(emailWarning('error', path.join(dir, 'case.md')));
    expect(r.stdout).toContain(msg.problemsHeading(5, 0));
  });

  it('report: the check before publication names them on stderr; the address is text, no mailto: link', async () => {
    const out = path.join(dir, 'out');
    const r = await run('report', '--year', '2023/24', '--format', 'html', '--config', config(), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(msg.personalDataWarning(5));
    expect(r.stderr).toContain(emailWarning('warning', 'case.md'));
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('jo.parent@example.com');
    expect(html).not.toContain('mailto:');
  });

  it('report --strict: nothing is written, exit 1 with the errors', async () => {
    const out = path.join(dir, 'strict-out');
    const r = await run(
      'report',
      '--strict',
      '--year',
      '2023/24',
      '--format',
      'html',
      '--config',
      config(),
      '--out',
      out,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The inputs have 5 errors; no figures were computed.');
    expect(r.stderr).toContain(emailWarning('error', path.join(dir, 'case.md')));
    expect(existsSync(out)).toBe(false);
  });
});
