import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../../src/cli/messages.js';
import { readEvidence } from '../../src/ingest/evidence.js';
import { readSurvey } from '../../src/ingest/surveys/read-survey.js';
import { runMain } from '../cli/run-main.js';

/**
 * A broken survey or evidence file gives one located error for what is broken, not follow-ons at lines that are
 * fine. Fixtures in test/fixtures/broken; lines counted by hand.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/broken');
const at = (f: string) => path.join(FIXTURES, f);
const HUBS = ['west'];

afterEach(() => vi.restoreAllMocks());

const brief = (ps: readonly { severity: string; line?: number; message: string }[]) =>
  ps.map((p) => [p.severity, p.line, p.message]);

describe('a survey export with broken quoting', () => {
  it('an unclosed quote on line 2: that error alone, not also "header rows but no responses"', async () => {
    const { problems } = await readSurvey(at('survey-unclosed-quote.csv'));
    expect(brief(problems)).toEqual([
      [
        'error',
        2,
        'a quoted field opens on this line and is never closed; reading stopped here: lines 2 to 3 (2 lines) were ' +
          'not read',
      ],
    ]);
  });

  it('two stray quotes in one answer (line 3): one error for the row, not one per quote', async () => {
    const { survey, problems } = await readSurvey(at('survey-stray-quotes.csv'));
    expect(brief(problems)).toEqual([
      ['error', 3, 'a quote in the middle of field 2, which does not start with one: this row was not read'],
    ]);
    // Lines 2, 4 and 5 are read.
    expect(survey.responses.map((r) => r.line)).toEqual([2, 4, 5]);
  });

  it('an unclosed quote in the header: no "not in the export" for the configured questions and placement', async () => {
    const { problems } = await readSurvey(at('survey-unclosed-header.csv'), {
      placement: { column: 'Which careers hub is your school in?', by: 'hub' },
      questions: { Q1: { type: 'likert', scale: 'satisfaction' } },
    });
    expect(brief(problems)).toEqual([
      [
        'error',
        1,
        'a quoted field opens on this line and is never closed; reading stopped here: lines 1 to 3 (3 lines) were ' +
          'not read',
      ],
    ]);
  });

  it('validate: exit 1, the one error', async () => {
    const r = await runMain('validate', '--kind', 'survey', at('survey-unclosed-quote.csv'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(msg.validateSummary(1, 1, 0));
    expect(r.stdout).not.toContain('no responses');
  });
});

describe('an evidence file with broken front matter', () => {
  it('an unclosed quote: the line that opens it (4), not the end of the front matter; no field errors', async () => {
    const { item, problems } = await readEvidence(at('evidence-unclosed-quote.md'), HUBS);
    expect(item).toBeNull();
    // Before: "not valid YAML: MISSING_CHAR" at line 6, then "type", "theme" and "source" must be given as text at
    // lines 2, 4 and 5 and a consent warning at line 6, all of them fine.
    expect(problems).toEqual([
      {
        severity: 'error',
        file: at('evidence-unclosed-quote.md'),
        line: 4,
        message: 'front matter: a quoted value opens on this line and is never closed',
        expected: 'a closing quote at the end of the value',
      },
    ]);
  });

  it('front matter never closed by "---": said so at line 1, not "no front matter"', async () => {
    const { item, problems } = await readEvidence(at('evidence-unclosed-front-matter.md'), HUBS);
    expect(item).toBeNull();
    expect(brief(problems)).toEqual([['error', 1, 'the front matter that opens on this line is never closed']]);
  });

  it('a field given twice (type, lines 2 and 3): the YAML error at line 3 in words, with its column', async () => {
    const { item, problems } = await readEvidence(at('evidence-duplicate-key.md'), HUBS);
    expect(item).toBeNull();
    expect(brief(problems)).toEqual([
      ['error', 3, 'front matter is not valid YAML: Map keys must be unique (column 1)'],
    ]);
  });
});
