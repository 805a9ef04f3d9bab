import { evaluationConfig } from './evaluation.js';
import { LONDON_HUBS } from './london-hubs.js';
import type { Config } from './schema.js';

export const CONFIG_FILE_NAMES = ['hubs-eval.config.json', 'hubs-eval.config.yaml', 'hubs-eval.config.yml'] as const;

export function defaultConfig(dir: string): Config {
  return {
    file: null,
    dir,
    report: {
      title: 'London Careers Hubs Evaluation',
      subtitle: 'Quantitative analysis of careers provision, participation and destinations',
      authors: [],
      organisation: '',
      date: '',
      logo: null,
    },
    hubs: LONDON_HUBS,
    inputs: {},
    comparator: { name: 'England', code: 'E92000001' },
    // DfE's headline KS4 destination measure is reported for state-funded mainstream schools.
    destinations: { institutionGroup: 'State-funded mainstream schools', poolAroundSuppressed: false, cohorts: null },
    // Thresholds follow the ONS/DfE convention for published statistics about people: suppress below 5, round to 5.
    sdc: { threshold: 5, rounding: 5, minInstitutions: 3, rateDecimals: 1 },
    activities: { labels: {}, smeThreshold: 3 },
    narrative: { foreword: null, acknowledgements: null, recommendations: null },
    surveys: [],
    targets: [],
    evaluation: evaluationConfig(undefined),
  };
}
