import { type MeasureFacts, type MeasureId, measureFacts } from '../model/measures/index.js';

/**
 * What each measure is, where it comes from and how it is computed, for the provenance annex and footnotes: the
 * measure catalogue's facts (src/model/measures). An id outside the catalogue does not compile.
 */
export function measureInfo(measure: MeasureId): MeasureFacts {
  return measureFacts(measure);
}
