import { buildActivities } from './activities.js';
import { assignClusters, clusterActivities } from './clusters.js';
import { buildCompass } from './compass.js';
import { buildDestinations } from './destinations.js';
import { buildEmployers } from './employers.js';
import { evidenceFiles } from './evidence.js';
import { buildInstitutions, institutionsCsv } from './institutions.js';
import { legacySurveySample } from './legacy-survey.js';
import { buildNeet } from './neet.js';
import { buildComparisonAreas } from './neighbours.js';
import { createRng } from './prng.js';
import { samplesReadme } from './readme.js';
import type { SampleFile } from './sample-file.js';
import { buildSchoolDestinations } from './school-destinations.js';
import { staffSurveySamples, surveysReadme } from './surveys.js';

export const DEFAULT_SEED = 20250214;
/** About 750 institutions and 1,500 employers at scale 1. */
export const INSTITUTIONS = 750;
const EMPLOYERS = 1500;

export interface SampleOptions {
  readonly seed: number;
  /**
   * Scales the register, the Compass completions, the employer pool and the activity logs (1 = the published
   * samples); the destination and NEET files are area-level and keep their size. Tests use a small scale.
   */
  readonly scale: number;
  /**
   * Scales the activity logs alone (default: `scale`): the bench's national case grows the logs from 1 to 4
   * million rows over the same register, as a real national log grows with time, not with the number of schools.
   */
  readonly activityScale?: number;
}

/**
 * Every sample file, as text, from one seed. Each input kind draws from its own forked stream, so tuning
 * one generator leaves the other files byte-for-byte unchanged.
 */
export function buildSamples(options: SampleOptions): SampleFile[] {
  const rng = createRng(options.seed);
  const institutions = buildInstitutions(rng.fork('institutions'), Math.round(INSTITUTIONS * options.scale));
  const employers = buildEmployers(rng.fork('employers'), Math.max(20, Math.round(EMPLOYERS * options.scale)));
  // The Careers Clusters draw from their own stream, so every other file keeps its bytes.
  const clusters = assignClusters(rng.fork('clusters'), institutions);
  return [
    { path: 'README.md', text: samplesReadme(options.seed) },
    { path: 'institutions.csv', text: institutionsCsv(institutions, clusters) },
    ...buildCompass(rng.fork('compass'), institutions, options.scale),
    ...buildDestinations(rng.fork('destinations')),
    ...buildNeet(rng.fork('neet')),
    ...buildActivities(rng.fork('activities'), institutions, employers, options.activityScale ?? options.scale),
    // Surveys and evidence (issue 10): their own stream, so the files above keep their bytes.
    surveysReadme(),
    ...staffSurveySamples(rng.fork('staff-survey'), institutions),
    ...evidenceFiles(),
    ...buildComparisonAreas(rng.fork('neighbours')),
    ...buildSchoolDestinations(rng.fork('school-destinations'), institutions),
    ...clusterActivities(rng.fork('cluster-activities'), clusters, employers),
    legacySurveySample(rng.fork('legacy-survey')),
  ];
}
