import { z } from 'zod';
import { CATALOGUE, type MeasureId } from '../model/measures/index.js';
import { describeValue } from './describe-value.js';

const IDS = [...CATALOGUE.keys()] as [MeasureId, ...MeasureId[]];

/** A measure id from the catalogue, checked when the config is loaded (the JSON Schema lists them all). */
export const measureId = z.enum(IDS, {
  error: (issue) =>
    issue.input === undefined
      ? 'required, but missing'
      : `expected a measure id such as compass_coverage_pct (hubs-eval measures lists them), found ${describeValue(
          issue.input,
        )}`,
});
