import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, isMeasureId, measureFacts } from '../../src/model/measures/index.js';

const samplesMetrics = () => {
  const out = execFileSync('node', ['dist/cli/index.js', 'metrics', '--year', '2023/24', '--out', OUT], {
    encoding: 'utf8',
  });
  return out;
};
const OUT = `${process.env.TMPDIR ?? '/tmp'}/hubs-eval-measures-test`;

describe('the measure catalogue', () => {
  it('generates the 48 change ids (6 rates x whole / since / before x plain, vs England, binomial)', () => {
    // Derived from a level measure by stem (compass_benchmark_change_pp is worked out from the returns directly).
    const changes = [...CATALOGUE.entries()]
      .filter(
        ([id, f]) =>
          f.level !== undefined && /_change(_since_start|_before_start)?(_binomial|_vs_england)?_pp$/.test(id),
      )
      .map(([id]) => id);
    expect(changes).toHaveLength(6 * 2 + 6 * 2 * 3);
    expect(isMeasureId('eet_change_binomial_pp')).toBe(false);
    expect(isMeasureId('eet_pct')).toBe(false);
  });

  it('gives every measure a label, a method and a good direction; derived measures inherit the direction', () => {
    for (const [id, f] of CATALOGUE) {
      expect(f.label, id).not.toBe('');
      expect(f.method, id).not.toBe('');
    }
    expect(measureFacts('neet_change_since_start_vs_england_pp').better).toBe('lower');
    expect(measureFacts('eet_change_since_start_vs_neighbours_pp').better).toBe('higher');
    expect(measureFacts('impact_not_sustained_att_pp').better).toBe('lower');
    expect(measureFacts('neet_pretrend_slope_diff_pp').better).toBe('neither');
  });

  it('declares the partitions disclosure control needs, teachers included', () => {
    expect(measureFacts('membership_pupils').partitions).toEqual(['institution type groups']);
    expect(measureFacts('student_participations').partitions).toEqual(['activity types']);
    expect(measureFacts('teacher_participations').partitions).toEqual(['student activity types']);
    expect(measureFacts('eet_sustained_pct').complements).toEqual([['not_sustained_pct', 'unknown_pct']]);
    expect(measureFacts('smes_engaged').additive).toBe(false);
  });

  it("declares which survey answer shares make up a question's respondents and its favourable share", () => {
    expect(measureFacts('survey_question_respondents').answerParts).toEqual([
      { measure: 'survey_response_pct', categories: 'the base', with: [] },
      { measure: 'survey_response_pct', categories: 'the base but the favourable points', with: ['survey_top2_pct'] },
    ]);
    expect(measureFacts('survey_top2_pct').answerParts).toEqual([
      { measure: 'survey_response_pct', categories: 'favourable points', with: [] },
    ]);
    expect([...CATALOGUE].filter(([, f]) => f.answerParts.length > 0).map(([id]) => id)).toEqual([
      'survey_question_respondents',
      'survey_top2_pct',
    ]);
  });

  it('knows every measure the sample metrics write, with the unit written', () => {
    samplesMetrics();
    const lines = readFileSync(`${OUT}/metrics.csv`, 'utf8').trim().split('\n').slice(1);
    const seen = new Map(lines.map((l) => [l.split(',')[0] ?? '', l.split(',')[5] ?? '']));
    expect(seen.size).toBeGreaterThan(100);
    for (const [id, unit] of seen) {
      expect(isMeasureId(id), id).toBe(true);
      if (isMeasureId(id)) expect(measureFacts(id).unit, id).toBe(unit);
    }
  }, 120_000);

  it('is printed by `hubs-eval measures --json`, one entry per catalogued id', () => {
    const json = JSON.parse(execFileSync('node', ['dist/cli/index.js', 'measures', '--json'], { encoding: 'utf8' }));
    expect(json.measures.map((m: { id: string }) => m.id)).toEqual([...CATALOGUE.keys()]);
    expect(json.measures.find((m: { id: string }) => m.id === 'neet_pct')).toMatchObject({
      unit: 'pct',
      better: 'lower',
      source: 'neet',
    });
    // The disclosure facts come with it: which rows make up a survey base, and that SMEs do not add across hubs.
    expect(json.measures.find((m: { id: string }) => m.id === 'survey_top2_pct').answerParts).toEqual([
      { measure: 'survey_response_pct', categories: 'favourable points', with: [] },
    ]);
    expect(json.measures.find((m: { id: string }) => m.id === 'smes_engaged').additive).toBe(false);
  });
});
