import { z } from 'zod';
import type { AcademicYear } from '../model/year.js';
import { describeValue } from './describe-value.js';
import { ACCEPTED_YEAR_FORMS, parseAcademicYear } from './year.js';

/**
 * The `groups` and `strands` sections: groups of institutions defined by their members (a register column value, or
 * a list of URNs) beside the area hubs defined by local authorities, and the programme strands each group belongs to.
 * Messages read "expected <what>, found <value>", as in document-schema.ts.
 */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? 'required, but missing' : `expected ${what}, found ${describeValue(issue.input)}`,
});
const text = z.string(expected('text')).min(1, expected('text'));
const id = text
  .refine((v) => /^[a-z0-9][a-z0-9_-]*$/.test(v), {
    error: (i) => `expected lower-case letters, digits, - or _, found ${describeValue(i.input)}`,
  })
  .refine((v) => !RESERVED_IDS.includes(v), {
    error: (i) => `${describeValue(i.input)} is reserved for the all-hubs, national and programme rows`,
  });
const academicYear = text.transform((value, ctx): AcademicYear => {
  const year = parseAcademicYear(value);
  if (year) return year;
  ctx.addIssue({ code: 'custom', message: `expected an academic year (${ACCEPTED_YEAR_FORMS}), found "${value}"` });
  return z.NEVER;
});

/** Ids no hub, group or strand may take: the metric rows of all hubs, England and the whole programme use them. */
export const RESERVED_IDS: readonly string[] = ['all', 'england', 'programme'];

export const GROUP_KINDS = ['area hub', 'cluster', 'sector cluster'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A URN as written in a config: digits as text or a number (leading zeros kept when quoted). */
const urn = z
  .union([text, z.number()], expected('a URN such as 100003'))
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{5,8}$/.test(v), {
    error: (i) => `expected a URN such as 100003, found ${describeValue(i.input)}`,
  });

const group = z
  .strictObject({
    id,
    name: text,
    kind: z.enum(GROUP_KINDS, expected(GROUP_KINDS.map((k) => `"${k}"`).join(', '))),
    lead: text.optional(),
    /** The academic year the group began work. */
    started: academicYear,
    /** The academic year of its last work; absent: it runs on. */
    ended: academicYear.optional(),
    /** Members by a register column value, e.g. { "column": "cluster", "value": "hospitality" }. */
    membersFrom: z.strictObject({ column: text, value: text }).optional(),
    /** Members as a list of URNs. */
    members: z.array(urn, expected('a list of URNs')).min(1, expected('a non-empty list of URNs')).optional(),
  })
  .refine((g) => (g.membersFrom === undefined) !== (g.members === undefined), {
    error: 'give exactly one of membersFrom (a register column value) or members (a list of URNs)',
  })
  .refine((g) => g.ended === undefined || g.ended >= g.started, {
    error: 'ended is before started',
    path: ['ended'],
  });

export const groupsSection = z.array(group, expected('a list of groups')).optional();

const strand = z.strictObject({
  id,
  name: text,
  /** Ids of hubs and groups in the strand, in the order the report lists them. */
  groups: z.array(text, expected('a list of hub and group ids')).min(1, expected('a non-empty list of ids')),
  /** A survey question on sustained legacy, as survey.question (its favourable share is reported). */
  legacy: text
    .refine((v) => /^[^.]+\.[^.]+$/.test(v), {
      error: (i) => `expected a survey question as survey.question (staff.Q4), found ${describeValue(i.input)}`,
    })
    .optional(),
});

export const strandsSection = z.array(strand, expected('a list of strands')).min(1, expected('a list')).optional();

export type GroupDocument = z.output<typeof group>;
export type StrandDocument = z.output<typeof strand>;
