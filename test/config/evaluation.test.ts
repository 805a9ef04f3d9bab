import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from '../../src/config/evaluation.js';
import { configFromRaw } from '../../src/config/validate-config.js';

const load = (evaluation: unknown) => configFromRaw({ evaluation }, '/x/hubs-eval.config.json', '/x');

describe('evaluation config', () => {
  it('uses the default Careers Hubs framework, named as such, when the config has no questions', () => {
    const { config, problems } = load(undefined);
    expect(problems).toEqual([]);
    expect(config.evaluation.isDefault).toBe(true);
    expect(config.evaluation.name).toBe('the default Careers Hubs framework');
    expect(config.evaluation.questions.map((q) => q.id)).toEqual(DEFAULT_QUESTIONS.map((q) => q.id));
  });

  it('rejects a recommendation that cites a finding that does not exist, naming the ones that do', () => {
    const { problems } = load({
      recommendations: [{ audience: 'Hub leads', text: 'Do more', findings: ['outcomes', 'nonsense'] }],
    });
    expect(problems).toEqual([
      'evaluation.recommendations[0].findings[1]: no finding "nonsense" (the findings are: ' +
        `${DEFAULT_QUESTIONS.map((q) => q.id).join(', ')})`,
    ]);
  });

  it("checks citations against the config's own questions when it has them", () => {
    const { config, problems } = load({
      questions: [{ id: 'q1', question: 'Did it work?', judgement: { outcome: 'eet_change_pp', better: 'higher' } }],
      conclusions: [{ text: 'It did', findings: ['q1'] }],
      recommendations: [{ audience: 'GLA', text: 'Keep going', findings: ['provision'] }],
    });
    expect(problems).toEqual([
      'evaluation.recommendations[0].findings[0]: no finding "provision" (the findings are: q1)',
    ]);
    expect(config.evaluation.isDefault).toBe(true); // with problems, the default config is returned
  });

  it('fills in a rule an evaluator states in part', () => {
    const { config, problems } = load({
      questions: [{ id: 'q1', question: 'Did it work?', judgement: { outcome: 'eet_change_pp' } }],
    });
    expect(problems).toEqual([]);
    expect(config.evaluation.questions[0]?.judgement).toEqual({
      outcome: 'eet_change_pp',
      better: 'higher',
      require: 'improved',
      targets: 'ignore',
    });
  });

  it('rejects a rule that counts targets for a question that lists none', () => {
    const { problems } = load({ questions: [{ id: 'q1', question: 'Q?', judgement: { targets: 'met' } }] });
    expect(problems).toEqual([
      'evaluation.questions[0].judgement: the rule counts targets, but the question lists none',
    ]);
  });
});
