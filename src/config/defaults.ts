import { evaluationConfig } from './evaluation.js';
import { strandConfigs } from './groups.js';
import { LONDON_HUBS } from './london-hubs.js';
import type { Config } from './schema.js';

export const CONFIG_FILE_NAMES = ['hubs-eval.config.json', 'hubs-eval.config.yaml', 'hubs-eval.config.yml'] as const;

/** The Open Government Licence v3.0 statement, as The National Archives asks it to be given. */
export const OGL_V3 =
  'You may re-use this information (excluding logos) free of charge in any format or medium, under the terms of the ' +
  'Open Government Licence v3.0. To view this licence, visit ' +
  'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

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
      version: '1.0',
      status: 'Official statistics in development',
      licence: OGL_V3,
      contact: '',
      accessibility: '',
    },
    hubs: LONDON_HUBS,
    groups: [],
    strands: strandConfigs(undefined, LONDON_HUBS),
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
