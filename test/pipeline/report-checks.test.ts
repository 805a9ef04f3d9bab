import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { checksMsg } from '../../src/pipeline/messages.js';

/**
 * report-checks.md, the evaluator's list of checks before publication, from the sample config: written in the
 * report's folder, beside report.html, and holding what the report body must not (warnings, withheld quotes,
 * files, layouts, digests).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
let out: string;
let checks: string;
beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'hubs-eval-checks-'));
  const options = {
    cwd: ROOT,
    env: { SOURCE_DATE_EPOCH: '1740787200' },
    config: undefined,
    year: parseAcademicYear('2023/24')!,
    out,
    formats: ['html' as const],
    hub: undefined,
    browser: undefined,
    sdc: true,
    version: 'test',
  };
  expect(await reportCommand(options, memoryTerminal())).toBe(0);
  checks = readFileSync(path.join(out, 'report-checks.md'), 'utf8');
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(ROOT, file)))
    .digest('hex');
/** Every sample input but the folders' READMEs, as the config's paths name them. */
function sampleFiles(dir = 'data-samples'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sampleFiles(`${dir}/${e.name}`) : e.name === 'README.md' ? [] : [`${dir}/${e.name}`],
  );
}

describe('report-checks.md', () => {
  it('is written in the report folder, beside report.html', () => {
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['report.html', 'report-checks.md']));
    expect(checks.startsWith(`${checksMsg.title()}\n\n${checksMsg.intro('2023/24')}\n`)).toBe(true);
  });

  it('lists the warnings: City of London missing from each NEET file, and the quote without consent', () => {
    // The five sample NCCIS files have no row for E09000001 (grep -c E09000001 data-samples/neet/*.csv: 0 each).
    for (const year of [2020, 2021, 2022, 2023, 2024]) {
      expect(checks).toContain(
        `- warning: data-samples/neet/synthetic_nccis_neet_${year}.csv: no rows for City of London (E09000001), ` +
          "so the Central hub's figures from this file come from its other local authorities",
      );
    }
    // quote-no-consent.md's front matter has no consent field.
    expect(checks).toMatch(
      /^- warning: data-samples\/evidence\/quote-no-consent\.md, line 1: not published: .*consent/m,
    );
  });

  it('names each quote flagged in the coding but withheld for want of consent, by line and theme', () => {
    // The coded sheet's rows with Quote "yes" and Consent "no" (lines 2, 3, 6, 8 and 14 of the file).
    const file = 'data-samples/coded/synthetic_staff_q6_coded_themes.csv';
    const expected = [
      [2, 'Notice of events'],
      [3, 'Range of employers'],
      [6, 'SEND and inclusion'],
      [8, 'Communication'],
      [14, 'Cost of travel'],
    ] as const;
    const section = checks.slice(
      checks.indexOf(checksMsg.withheldHeading()),
      checks.indexOf(checksMsg.inputsHeading()),
    );
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toEqual(
      expected.map(([line, theme]) => checksMsg.withheld(file, theme, line)),
    );
  });

  it('lists every sample input once with its SHA-256, and the register with its 749 rows and layout', () => {
    const rows = checks.split('\n').filter((l) => l.startsWith('| data-samples/'));
    const files = sampleFiles();
    expect(files).toHaveLength(49);
    expect(rows.map((r) => r.split(' | ')[0]!.slice(2)).sort()).toEqual(files.sort());
    for (const row of rows) {
      const cells = row.split(' | ');
      expect(cells.at(-1)!.replace(/ \|$/, ''), cells[0]).toBe(sha256(cells[0]!.slice(2)));
    }
    // institutions.csv: 750 lines, a header and 749 institutions.
    expect(rows).toContain(
      `| data-samples/institutions.csv | institutions | hub register | 749 | ${sha256(
        'data-samples/institutions.csv',
      )} |`,
    );
    expect(checks).toMatch(/\| data-samples\/neet\/synthetic_nccis_neet_2024\.csv \| neet \| NCCIS LA dashboard/);
  });
});
