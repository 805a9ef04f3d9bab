import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCodedThemes } from '../../src/ingest/coded-themes.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hubs-eval-coded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const META = { survey: 'staff', question: 'Q7', text: 'What helped most?' };

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('readCodedThemes', () => {
  it('reads an NVivo-style sheet with loose headers, quote flags and consent', async () => {
    const file = write(
      'nvivo.csv',
      'Case,Code,Example quote,Excerpt,Consent to quote,Role\n' +
        'R1,Employer encounters,yes,"Meeting employers, early",Y,a Careers Leader\n' +
        'R1,Workload,,,,\nR2,Employer encounters,no,,no,\n',
    );
    const { coded, problems } = await readCodedThemes(file, META);
    expect(problems).toEqual([]);
    expect(coded.answers).toHaveLength(3);
    expect(coded.answers[0]).toMatchObject({
      responseId: 'R1',
      theme: 'Employer encounters',
      quote: true,
      consent: true,
      excerpt: 'Meeting employers, early',
      role: 'a Careers Leader',
      line: 2,
    });
    expect(coded.answers[1]).toMatchObject({ quote: false, consent: false });
  });

  it('reports every bad row with its line and column, and leaves those rows out', async () => {
    const file = write('bad.csv', 'response id,theme,quote\nR1,,no\n,Workload,no\nR3,Workload,perhaps\nR4,Cost,yes\n');
    const { coded, problems } = await readCodedThemes(file, META);
    expect(problems.map((p) => [p.line, p.column, p.found])).toEqual([
      [2, 'theme', ''],
      [3, 'response id', ''],
      [4, 'quote', 'perhaps'],
    ]);
    expect(coded.answers.map((a) => a.responseId)).toEqual(['R4']);
  });

  it('names the accepted headers when the theme column is missing', async () => {
    const file = write('nohead.csv', 'response id,answer\nR1,text\n');
    const { problems } = await readCodedThemes(file, META);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.expected).toContain('"theme"');
  });
});
