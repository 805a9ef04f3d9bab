import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { snapshotCommand } from '../../src/cli/commands/snapshot.js';
import { msg } from '../../src/cli/messages.js';
import { memoryTerminal } from '../../src/cli/terminal.js';
import { parseAcademicYear } from '../../src/config/year.js';
import { UserError } from '../../src/errors.js';
import { formatProblem } from '../../src/model/problem.js';
import type { SnapshotDiff } from '../../src/snapshot/diff.js';

/**
 * Snapshots of the golden fixture (test/fixtures/report-mini) copied to a temporary folder, changed one way at a
 * time as a new DfE release or a correction would change it.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const FIXTURE = path.join(FIXTURES, 'report-mini');
const EVIDENCE = path.join(FIXTURES, 'snapshot');
const NEIGHBOURS = path.resolve(FIXTURES, '../../data-samples/neighbours/synthetic_stat_neighbours.xlsx');
const year = parseAcademicYear('2023/24')!;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'hubs-eval-snapshot-'));
  await snapshotOf('plain');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the fixture, edited by `change`, snapshotted into `name`. */
async function snapshotOf(name: string, change: (dir: string) => void = () => {}): Promise<string> {
  const dir = path.join(work, `${name}-inputs`);
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  const term = memoryTerminal();
  const code = await snapshotCommand(
    { cwd: dir, config: undefined, year, out: `../${name}`, sdc: true, version: '9.9.9' },
    term,
  );
  expect(code).toBe(0);
  expect(term.stdout.join('\n')).toContain('manifest.json');
  return path.join(work, name);
}

function diff(before: string, after: string, tolerance = 0) {
  const term = memoryTerminal();
  const code = diffCommand({ cwd: work, before, after, tolerance, json: true }, term);
  const text = memoryTerminal();
  diffCommand({ cwd: work, before, after, tolerance, json: false }, text);
  return { code, diff: JSON.parse(term.stdout.join('\n')) as SnapshotDiff, text: text.stdout.join('\n') };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('hubs-eval snapshot', () => {
  it('writes the metrics table, the plan and a manifest with the SHA-256 of each file, no clock', () => {
    const dir = path.join(work, 'plain');
    expect(readdirSync(dir).sort()).toEqual([
      'manifest.json',
      'metrics.csv',
      'metrics.json',
      'open-data',
      'plan.json',
      'tables',
      'tables.ods',
    ]);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
    for (const o of manifest.outputs) expect(o.sha256).toBe(sha(path.join(dir, o.file)));
    const neet = manifest.inputs.find((i: { file: string }) => i.file === 'neet/neet-2024.csv');
    expect(neet.sha256).toBe(sha(path.join(FIXTURE, 'neet/neet-2024.csv')));
    // Every CSV of the fixture, and its one narrative file (recommendations.md).
    expect(manifest.inputs).toHaveLength(
      readdirSync(FIXTURE, { recursive: true }).filter((f) => /\.csv$/.test(String(f))).length + 1,
    );
    expect(manifest.inputs).toContainEqual({
      file: 'recommendations.md',
      kind: 'narrative',
      sha256: sha(path.join(FIXTURE, 'recommendations.md')),
    });
    expect(manifest.tool).toEqual({ name: 'hubs-eval', version: '9.9.9' });
    expect(JSON.stringify(manifest)).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('regenerated from the same inputs in another folder: the same bytes, diff finds nothing, exit 0', async () => {
    const a = await snapshotOf('same-a');
    const b = await snapshotOf('same-b');
    const files = readdirSync(a, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(5);
    for (const e of files) {
      const f = path.relative(a, path.join(e.parentPath, e.name));
      expect(readFileSync(path.join(b, f)), f).toEqual(readFileSync(path.join(a, f)));
    }
    const { code, diff: d, text } = diff('same-a', 'same-b');
    expect(code).toBe(0);
    expect(d.differences).toBe(0);
    expect(d.inputsChanged).toEqual([]);
    expect(text).toContain('No differences beyond the tolerance.');
  });
});

describe('hubs-eval diff', () => {
  it('a revised NCCIS file: the input and the figures built on it change (exit 1)', async () => {
    // Croydon 2024 NEET+NK 4.6% -> 4.9% (as a DfE revision would): Croydon is half of hub "south".
    const revised = await snapshotOf('revised', (dir) =>
      edit(path.join(dir, 'neet/neet-2024.csv'), 'Croydon,16-17,8900,4.6', 'Croydon,16-17,8900,4.9'),
    );
    const { code, diff: d, text } = diff('plain', path.basename(revised));
    expect(code).toBe(1);
    expect(d.inputsChanged).toEqual([
      expect.objectContaining({ file: 'neet/neet-2024.csv', kind: 'neet', change: 'changed' }),
    ]);
    const changed = d.valuesChanged
      .filter((c) => c.column === 'value')
      .map((c) => `${c.key.measure}|${c.key.hub}|${c.key.period}`);
    // South's rate, its change since 2022/23 and that change against England's; nothing of north's.
    expect(changed).toEqual([
      'neet_or_not_known_change_pp|south|2022/23-2023/24',
      'neet_or_not_known_change_vs_england_pp|south|2022/23-2023/24',
      'neet_or_not_known_pct|south|2023/24',
    ]);
    const numerator = d.valuesChanged.find((c) => c.column === 'numerator');
    // 8,900 x 4.6% = 409.4 -> 8,900 x 4.9% = 436.1 for Croydon; Sutton unchanged; rounded to 5s by disclosure control.
    expect(numerator).toMatchObject({ before: 550, after: 575 });
    expect(d.symbolsChanged).toEqual([]);
    expect(text).toMatch(/Inputs changed \(1\):\n {2}neet\/neet-2024\.csv \(neet\): other bytes/);
    expect(text).toContain(
      // 3.952518% -> 4.144604%, published to one decimal place
      'neet_or_not_known_pct | south | 2023/24 | all: value 4 -> 4.1 (+0.1); numerator',
    );
    // Loose enough a tolerance, and only the input change is left.
    expect(diff('plain', 'revised', 100).diff.differences).toBe(1);
  });

  it('a value newly suppressed is a symbol change, said as such', async () => {
    await snapshotOf('suppressed', (dir) =>
      edit(path.join(dir, 'neet/neet-2024.csv'), 'Croydon,16-17,8900,4.6,2.8,1.8', 'Croydon,16-17,8900,c,c,c'),
    );
    const { code, diff: d, text } = diff('plain', 'suppressed');
    expect(code).toBe(1);
    const newly = d.symbolsChanged.filter((c) => c.after !== '' && c.before === '');
    expect(newly.length).toBeGreaterThan(0);
    expect(newly.every((c) => c.valueBefore !== null && c.valueAfter === null)).toBe(true);
    expect(text).toContain('Symbols changed');
  });

  it('an input dropped: its measures are removed and the input is listed as removed', async () => {
    await snapshotOf('no-activities', (dir) => {
      rmSync(path.join(dir, 'activities'), { recursive: true });
      const config = path.join(dir, 'hubs-eval.config.json');
      edit(config, '"activities": "activities/*.csv"', '"activities": []');
    });
    const { code, diff: d, text } = diff('plain', 'no-activities');
    expect(code).toBe(1);
    expect(d.measuresRemoved.length).toBeGreaterThan(0);
    expect(d.measuresAdded).toEqual([]);
    expect(d.inputsChanged?.map((c) => c.change)).toEqual(['removed']);
    expect(d.context.configChanged).toBe(true);
    expect(text).toContain('Measures removed');
    // The other way round the same measures are added.
    expect(diff('no-activities', 'plain').diff.measuresAdded).toEqual(d.measuresRemoved);
  });

  it('a quote edited and given consent, so now published: the evidence file is a difference (exit 1)', async () => {
    const withEvidence = (dir: string) => {
      cpSync(path.join(EVIDENCE, 'quote-withheld.md'), path.join(dir, 'quote.md'));
      edit(path.join(dir, 'hubs-eval.config.json'), '"inputs": {', '"inputs": { "evidence": "quote.md",');
    };
    await snapshotOf('quote-before', withEvidence);
    await snapshotOf('quote-after', (dir) => {
      withEvidence(dir);
      edit(path.join(dir, 'quote.md'), 'consent: false', 'consent: true');
      edit(path.join(dir, 'quote.md'), 'talk about work', 'talk about Mr Patel');
    });
    const { code, diff: d, text } = diff('quote-before', 'quote-after');
    expect(code).toBe(1);
    // No figure is built on a quote: the file is the one difference.
    expect(d.differences).toBe(1);
    expect(d.inputsChanged).toEqual([
      expect.objectContaining({ file: 'quote.md', kind: 'evidence', change: 'changed' }),
    ]);
    expect(text).toMatch(/Inputs changed \(1\):\n {2}quote\.md \(evidence\): other bytes/);
  });

  it('the narrative, the logo, the neighbours workbook and the survey exports are inputs of the snapshot', async () => {
    const dir = await snapshotOf('all-sources', (d) => {
      cpSync(path.join(FIXTURES, 'surveys/qualtrics.csv'), path.join(d, 'survey.csv'));
      writeFileSync(path.join(d, 'logo.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      cpSync(NEIGHBOURS, path.join(d, 'neighbours.xlsx'));
      edit(
        path.join(d, 'hubs-eval.config.json'),
        '"inputs": {',
        '"comparators": { "statisticalNeighbours": "neighbours.xlsx" }, "inputs": { "surveys": "survey.csv",',
      );
      edit(path.join(d, 'hubs-eval.config.json'), '"date": "May 2025"', '"date": "May 2025", "logo": "logo.png"');
    });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const kinds = (manifest.inputs as { file: string; kind: string }[]).filter((i) => !i.file.endsWith('.csv'));
    expect(kinds.map((i) => `${i.file} ${i.kind}`)).toEqual([
      'logo.png logo',
      'neighbours.xlsx statisticalNeighbours',
      'recommendations.md narrative',
    ]);
    expect(manifest.inputs).toContainEqual(expect.objectContaining({ file: 'survey.csv', kind: 'surveys' }));
  });

  it('a snapshot whose metrics.csv was edited after it was written is refused, naming the file (exit 2)', async () => {
    const tampered = await snapshotOf('tampered');
    edit(path.join(tampered, 'metrics.csv'), ',north,', ',North,');
    rmSync(path.join(tampered, 'tables.ods'));
    const thrown = (() => {
      try {
        diffCommand({ cwd: work, before: 'plain', after: 'tampered', tolerance: 0, json: false }, memoryTerminal());
      } catch (e) {
        return e;
      }
    })() as UserError;
    expect(thrown).toBeInstanceOf(UserError);
    expect(thrown.exitCode).toBe(2);
    expect(thrown.message).toBe(msg.diffUnreadable(2));
    const manifest = JSON.parse(readFileSync(path.join(tampered, 'manifest.json'), 'utf8'));
    const recorded = manifest.outputs.find((o: { file: string }) => o.file === 'metrics.csv').sha256;
    const found = createHash('sha256')
      .update(readFileSync(path.join(tampered, 'metrics.csv')))
      .digest('hex');
    expect(thrown.details).toEqual([
      formatProblem({
        severity: 'error',
        file: path.join('tampered', 'metrics.csv'),
        ...msg.outputTampered(recorded, found),
      }),
      formatProblem({ severity: 'error', file: path.join('tampered', 'tables.ods'), ...msg.outputMissing() }),
    ]);
  });

  it('a manifest.json that is not JSON is refused with its line and column (exit 2)', async () => {
    const broken = await snapshotOf('broken-manifest');
    const file = path.join(broken, 'manifest.json');
    // A hand edit doubles the comma after the "year" value: JSON.parse stops at the second comma.
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^ {2}"year": "2023\/24",$/.test(l));
    expect(at).toBeGreaterThan(0);
    lines[at] = `${lines[at]},`;
    writeFileSync(file, lines.join('\n'));
    const thrown = (() => {
      try {
        diffCommand(
          { cwd: work, before: 'plain', after: 'broken-manifest', tolerance: 0, json: false },
          memoryTerminal(),
        );
      } catch (e) {
        return e;
      }
    })() as UserError;
    expect(thrown).toBeInstanceOf(UserError);
    expect(thrown.exitCode).toBe(2);
    expect(thrown.message).toBe(msg.diffUnreadable(1));
    // The line is the one edited (1-based), the column just after '  "year": "2023/24",' (20 characters).
    const line = at + 1;
    expect(thrown.details).toHaveLength(1);
    expect(thrown.details[0]).toMatch(
      new RegExp(
        `^error: broken-manifest/manifest\\.json, line ${line}: is not JSON: .+ at column 21 ` +
          '\\(expected a hubs-eval snapshot manifest \\(format "hubs-eval-snapshot/1"\\)\\)$',
      ),
    );
  });

  it('compares two lone metrics files too; a CSV records no inputs, so they are not compared', async () => {
    const { code, diff: d, text } = diff('plain/metrics.csv', 'same-a/metrics.json');
    expect(code).toBe(0);
    expect(d.inputsChanged).toBeNull();
    expect(text).toContain('Inputs: not compared');
  });

  it('a folder with no metrics table is a usage error naming it', () => {
    const empty = path.join(work, 'empty');
    cpSync(path.join(FIXTURE, 'neet'), empty, { recursive: true });
    expect(() =>
      diffCommand({ cwd: work, before: 'empty', after: 'plain', tolerance: 0, json: false }, memoryTerminal()),
    ).toThrow(UserError);
    const thrown = (() => {
      try {
        diffCommand({ cwd: work, before: 'empty', after: 'missing', tolerance: 0, json: false }, memoryTerminal());
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).details).toEqual([
      'error: empty: holds no metrics table (expected metrics.json or metrics.csv, as hubs-eval snapshot or metrics ' +
        'writes them)',
      'error: missing: not found (expected a snapshot folder or a metrics file)',
    ]);
  });
});
