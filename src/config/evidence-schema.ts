import { z } from 'zod';
import { SCALES } from '../model/likert-scales.js';
import { measureFacts } from '../model/measures/index.js';
import type { MetricUnit } from '../model/metric.js';
import { describeValue } from './describe-value.js';
import { measureId } from './measure-id.js';
import { ACCEPTED_YEAR_FORMS, parseAcademicYear } from './year.js';

/**
 * The config keys for evidence beyond administrative data: the `surveys` section (one entry per survey export),
 * and `targets`. Messages read "expected <what>, found <value>", as in document-schema.ts.
 */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? 'required, but missing' : `expected ${what}, found ${describeValue(issue.input)}`,
});
const text = z.string(expected('text')).min(1, expected('text'));

const question = z.strictObject({
  type: z
    .enum(['likert', 'single', 'multi', 'number', 'text'], expected('likert, single, multi, number or text'))
    .optional(),
  /** A built-in scale (likert questions). */
  scale: z
    .enum(SCALES.map((s) => s.name) as [string, ...string[]], expected(SCALES.map((s) => s.name).join(', ')))
    .optional(),
  /** The options in display order; for likert most favourable first. Numeric codes 1..n map onto it. */
  order: z.array(text, expected('a list of answer options')).min(2, expected('at least two options')).optional(),
  dontKnow: z.array(text, expected('a list of answers kept apart')).optional(),
  dontKnowInBase: z.boolean(expected('true or false')).optional(),
});

export const surveysSection = z
  .array(
    z.strictObject({
      /** Used in figure breakdowns ("staff.Q2: Satisfied"): short, lower case. */
      id: text.refine((v) => /^[a-z0-9][a-z0-9_-]*$/.test(v), {
        error: (i) => `expected lower-case letters, digits, - or _, found ${describeValue(i.input)}`,
      }),
      /** The export, as a path or glob relative to the config; it must also be listed in inputs.surveys. */
      file: text,
      title: text.optional(),
      /** Who was asked, e.g. "school and college staff". */
      respondents: text,
      period: text.optional(),
      invited: z.number(expected('a whole number')).int(expected('a whole number')).min(1).optional(),
      placement: z
        .strictObject({
          column: text,
          by: z.enum(['urn', 'la', 'hub'], expected('urn, la or hub')),
        })
        .optional(),
      questions: z.record(text, question, expected('an object of question id: settings')).optional(),
    }),
    expected('a list of surveys'),
  )
  .optional();

const academicYear = text.transform((value, ctx) => {
  const year = parseAcademicYear(value);
  if (year) return year;
  ctx.addIssue({ code: 'custom', message: `expected an academic year (${ACCEPTED_YEAR_FORMS}), found "${value}"` });
  return z.NEVER;
});

/**
 * The values a target may take for its measure's unit (from the catalogue): a share is 0 to 100, a change in
 * percentage points -100 to 100, a count never negative. A mean has no bound that fits every measure.
 */
export const TARGET_RANGES: Readonly<Record<MetricUnit, { min: number; max: number; what: string } | null>> = {
  pct: { min: 0, max: 100, what: 'a percentage from 0 to 100' },
  pp: { min: -100, max: 100, what: 'a change from -100 to 100 percentage points' },
  count: { min: 0, max: Number.POSITIVE_INFINITY, what: 'a count of 0 or more' },
  mean: null,
};

export const targetsSection = z
  .array(
    z
      .strictObject({
        measure: measureId,
        hub: text.optional(),
        breakdown: text.optional(),
        year: academicYear,
        value: z.number(expected('a number')),
        direction: z.enum(['at least', 'at most'], expected('"at least" or "at most"')),
        source: text,
      })
      .superRefine((target, ctx) => {
        const range = TARGET_RANGES[measureFacts(target.measure).unit];
        if (range && (target.value < range.min || target.value > range.max))
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: `expected ${range.what} for ${target.measure}, found ${describeValue(target.value)}`,
          });
      }),
    expected('a list of targets'),
  )
  .optional();
