import { z } from 'zod';
import { CLOSENESS_BANDS, type Closeness } from '../model/closeness.js';
import { ACTIVITY_TYPES, type ActivityType, INPUT_KINDS, type InputKind } from '../model/records.js';
import type { AcademicYear } from '../model/year.js';
import { describeValue } from './describe-value.js';
import { evaluationSection } from './evaluation-schema.js';
import { surveysSection, targetsSection } from './evidence-schema.js';
import { groupsSection, RESERVED_IDS, strandsSection } from './groups-schema.js';
import { ACCEPTED_YEAR_FORMS, parseAcademicYear } from './year.js';

/**
 * The config file as written (JSON or YAML), as a zod schema: every key, its type, and the message a wrong value
 * gets. `configFromRaw` turns a parsed document into a `Config`; `npm run schema` writes hubs-eval.schema.json from
 * this, so editors complete and check configs with the same rules.
 *
 * Messages read "expected <what>, found <value>"; the key path is added by the formatter (validate-config.ts).
 */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? 'required, but missing' : `expected ${what}, found ${describeValue(issue.input)}`,
});

/** An object whose unknown keys are errors that list the allowed keys. */
function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `allowed here: ${allowed}` : expected('an object').error(issue),
  });
}

const text = z.string(expected('text'));
const textList = z.array(text, expected('a list of text'));
const pathOrList = z
  .union([text, textList], expected('a path, a glob or a list of them'))
  .transform((v) => (typeof v === 'string' ? [v] : v));
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) => {
  const what =
    max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
  return z.number(expected(what)).int(expected(what)).min(min, expected(what)).max(max, expected(what));
};
const academicYear = text.transform((value, ctx): AcademicYear => {
  const year = parseAcademicYear(value);
  if (year) return year;
  ctx.addIssue({ code: 'custom', message: `expected an academic year (${ACCEPTED_YEAR_FORMS}), found "${value}"` });
  return z.NEVER;
});

const localAuthority = strictObject({
  oldCode: z
    .union([text, z.number()], expected('a 3-digit DfE LA code such as 202'))
    .transform((v) => String(v))
    .refine((v) => /^\d{3}$/.test(v), {
      error: (i) => `expected a 3-digit DfE LA code such as 202, found ${describeValue(i.input)}`,
    }),
  newCode: text.refine((v) => /^E(06|07|08|09|10)\d{6}$/.test(v), {
    error: (i) => `expected an ONS code such as E09000007, found ${describeValue(i.input)}`,
  }),
  name: text,
});

const hub = strictObject({
  id: text
    .refine((v) => /^[a-z0-9][a-z0-9_-]*$/.test(v), {
      error: (i) => `expected lower-case letters, digits, - or _, found ${describeValue(i.input)}`,
    })
    .refine((v) => !RESERVED_IDS.includes(v), {
      error: (i) => `${describeValue(i.input)} is reserved for the all-hubs, national and programme rows`,
    }),
  name: text,
  lead: text.optional(),
  /** The academic year the hub started work; earlier cohorts measure the area, not the hub. */
  started: academicYear.optional(),
  localAuthorities: z.array(localAuthority, expected('a list')),
});

export const hubList = z
  .array(hub, expected('a non-empty list of hubs'))
  .min(1, expected('a non-empty list of hubs'))
  .optional();

/** "2015/16-2020/21": the first and last KS4 cohorts, each in any accepted academic-year form. */
const cohortRange = text.transform((value, ctx) => {
  const parts = value.split(/\s*(?:-|to)\s*(?=\d{4})/);
  const [from, to] = parts.length === 2 ? parts.map((p) => parseAcademicYear(p)) : [undefined, undefined];
  if (from && to && from <= to) return { from, to };
  ctx.addIssue({
    code: 'custom',
    message: `expected the first and last KS4 cohorts such as "2015/16-2020/21", found "${value}"`,
  });
  return z.NEVER;
});

const activityType = z.enum(ACTIVITY_TYPES as [ActivityType, ...ActivityType[]], expected(ACTIVITY_TYPES.join(', ')));

/**
 * A destinations entry: a path or glob, or `{ file, cohort }` for a file with no year column (the school performance
 * tables download), whose KS4 cohort the user states.
 */
const destinationEntry = z.union(
  [text, strictObject({ file: text, cohort: academicYear })],
  expected('a path, a glob, or { "file": ..., "cohort": "2016/17" }'),
);
const destinationList = z
  .union([destinationEntry, z.array(destinationEntry)], expected('a path, a glob or a list of them'))
  .transform((v) => (Array.isArray(v) ? v : [v]));

const inputShape = {
  ...(Object.fromEntries([...INPUT_KINDS, 'surveys', 'evidence'].map((k) => [k, pathOrList.optional()])) as Record<
    InputKind | 'surveys' | 'evidence',
    z.ZodOptional<typeof pathOrList>
  >),
  destinations: destinationList.optional(),
};

/** A DfE closeness band, in any capitals ("Very Close" is how the workbook itself spells some). */
const closeness = text.transform((value, ctx): Closeness => {
  const band = CLOSENESS_BANDS.find((b) => b === value.trim().toLowerCase().replace(/\s+/g, ' '));
  if (band) return band;
  ctx.addIssue({
    code: 'custom',
    message: `expected a closeness band (${CLOSENESS_BANDS.join(', ')}), found "${value}"`,
  });
  return z.NEVER;
});

export const configDocument = strictObject({
  $schema: text.optional(),
  report: strictObject({
    title: text.optional(),
    subtitle: text.optional(),
    authors: textList.optional(),
    organisation: text.optional(),
    /** Printed on the cover as written; the report never reads the clock. */
    date: text.optional(),
    logo: text.optional(),
    version: text.optional(),
    status: text.optional(),
    licence: text.optional(),
    contact: text.optional(),
    accessibility: text.optional(),
  }).optional(),
  hubs: hubList,
  /** Groups defined by their members (Careers Clusters), beside the hubs defined by local authorities. */
  groups: groupsSection,
  /** Programme strands and the hubs and groups in each (default: one strand "Careers Hubs" of the hubs). */
  strands: strandsSection,
  inputs: strictObject(inputShape).optional(),
  comparator: strictObject({ name: text.optional(), code: text.optional() }).optional(),
  destinations: strictObject({
    institutionGroup: text.optional(),
    poolAroundSuppressed: z.boolean(expected('true or false')).optional(),
    cohorts: cohortRange.optional(),
  }).optional(),
  sdc: strictObject({
    threshold: whole(1).optional(),
    rounding: whole(1).optional(),
    minInstitutions: whole(1).optional(),
    /** Decimal places of published rates under disclosure control (full precision with --no-sdc). */
    rateDecimals: whole(0, 6).optional(),
  }).optional(),
  activities: strictObject({
    labels: z.record(text, activityType, expected('an object of label: activity type')).optional(),
    smeThreshold: whole(1).optional(),
  }).optional(),
  narrative: strictObject({
    foreword: text.optional(),
    acknowledgements: text.optional(),
    recommendations: text.optional(),
  }).optional(),
  surveys: surveysSection,
  targets: targetsSection,
  evaluation: evaluationSection,
  /** Comparison groups besides the national comparator. */
  comparators: strictObject({
    /** The DfE statistical neighbours workbook (.xlsx, sheet "LA SN Groups"). */
    statisticalNeighbours: text.optional(),
    /** Keep neighbours at least this close (default: all ten). */
    minimumCloseness: closeness.optional(),
  }).optional(),
  geography: strictObject({
    /** An ONS district-to-county lookup CSV (LADyyCD, CTYyyCD), for destinations of two-tier counties. */
    districtToCounty: text.optional(),
  }).optional(),
});

export type ConfigDocument = z.output<typeof configDocument>;
