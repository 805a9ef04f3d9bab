import { ACTIVITY_TYPES, type ActivityType, INPUT_KINDS, type InputKind } from '../model/records.js';
import { defaultConfig } from './defaults.js';
import type { Config, DestinationsConfig, HubConfig, LocalAuthority } from './schema.js';
import { parseAcademicYear } from './year.js';

type Raw = Record<string, unknown>;

/** Turns a parsed config document into a Config, collecting every problem as `path: message`. */
export function configFromRaw(raw: unknown, file: string, dir: string): { config: Config; problems: string[] } {
  const problems: string[] = [];
  const base = defaultConfig(dir);
  const root = asObject(raw, '(top level)', problems) ?? {};
  allowOnly(
    root,
    ['$schema', 'report', 'hubs', 'inputs', 'comparator', 'destinations', 'sdc', 'activities', 'narrative'],
    '',
    problems,
  );

  const r = asObject(root.report, 'report', problems) ?? {};
  allowOnly(r, ['title', 'subtitle', 'authors', 'organisation', 'date', 'logo'], 'report', problems);
  const report = {
    title: str(r.title, 'report.title', problems) ?? base.report.title,
    subtitle: str(r.subtitle, 'report.subtitle', problems) ?? base.report.subtitle,
    authors: strList(r.authors, 'report.authors', problems) ?? base.report.authors,
    organisation: str(r.organisation, 'report.organisation', problems) ?? base.report.organisation,
    date: str(r.date, 'report.date', problems) ?? base.report.date,
    logo: str(r.logo, 'report.logo', problems) ?? null,
  };

  const hubs = root.hubs === undefined ? base.hubs : readHubs(root.hubs, problems);

  const inputs: Partial<Record<InputKind, string[]>> = {};
  const i = asObject(root.inputs, 'inputs', problems) ?? {};
  allowOnly(i, INPUT_KINDS, 'inputs', problems);
  for (const kind of INPUT_KINDS) {
    if (i[kind] === undefined) continue;
    const list = typeof i[kind] === 'string' ? [i[kind] as string] : strList(i[kind], `inputs.${kind}`, problems);
    if (list) inputs[kind] = list;
  }

  const c = asObject(root.comparator, 'comparator', problems) ?? {};
  allowOnly(c, ['name', 'code'], 'comparator', problems);
  const d = asObject(root.destinations, 'destinations', problems) ?? {};
  allowOnly(d, ['institutionGroup', 'poolAroundSuppressed', 'cohorts'], 'destinations', problems);
  const s = asObject(root.sdc, 'sdc', problems) ?? {};
  allowOnly(s, ['threshold', 'rounding', 'minInstitutions'], 'sdc', problems);
  const a = asObject(root.activities, 'activities', problems) ?? {};
  allowOnly(a, ['labels', 'smeThreshold'], 'activities', problems);
  const n = asObject(root.narrative, 'narrative', problems) ?? {};
  allowOnly(n, ['foreword', 'acknowledgements', 'recommendations'], 'narrative', problems);

  const config: Config = {
    file,
    dir,
    report,
    hubs,
    inputs,
    comparator: {
      name: str(c.name, 'comparator.name', problems) ?? base.comparator.name,
      code: str(c.code, 'comparator.code', problems) ?? base.comparator.code,
    },
    destinations: {
      institutionGroup:
        str(d.institutionGroup, 'destinations.institutionGroup', problems) ?? base.destinations.institutionGroup,
      poolAroundSuppressed:
        bool(d.poolAroundSuppressed, 'destinations.poolAroundSuppressed', problems) ??
        base.destinations.poolAroundSuppressed,
      cohorts: cohortRange(d.cohorts, problems),
    },
    sdc: {
      threshold: whole(s.threshold, 'sdc.threshold', 1, problems) ?? base.sdc.threshold,
      rounding: whole(s.rounding, 'sdc.rounding', 1, problems) ?? base.sdc.rounding,
      minInstitutions: whole(s.minInstitutions, 'sdc.minInstitutions', 1, problems) ?? base.sdc.minInstitutions,
    },
    activities: {
      labels: readLabels(a.labels, problems),
      smeThreshold: whole(a.smeThreshold, 'activities.smeThreshold', 1, problems) ?? base.activities.smeThreshold,
    },
    narrative: {
      foreword: str(n.foreword, 'narrative.foreword', problems) ?? null,
      acknowledgements: str(n.acknowledgements, 'narrative.acknowledgements', problems) ?? null,
      recommendations: str(n.recommendations, 'narrative.recommendations', problems) ?? null,
    },
  };
  checkLaOverlap(config.hubs, problems);
  return { config, problems };
}

function readHubs(value: unknown, problems: string[]): HubConfig[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`hubs: expected a non-empty list of hubs, found ${describe(value)}`);
    return [];
  }
  const ids = new Set<string>();
  return value.map((h, k) => {
    const at = `hubs[${k}]`;
    const o = asObject(h, at, problems) ?? {};
    allowOnly(o, ['id', 'name', 'lead', 'localAuthorities'], at, problems);
    const id = str(o.id, `${at}.id`, problems, true) ?? `hub${k + 1}`;
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(id))
      problems.push(`${at}.id: expected lower-case letters, digits, - or _, found "${id}"`);
    if (id === 'all' || id === 'england')
      problems.push(`${at}.id: "${id}" is reserved for the all-hubs and national rows`);
    if (ids.has(id)) problems.push(`${at}.id: "${id}" is used by two hubs`);
    ids.add(id);
    const las = Array.isArray(o.localAuthorities) ? o.localAuthorities : [];
    if (!Array.isArray(o.localAuthorities))
      problems.push(`${at}.localAuthorities: expected a list, found ${describe(o.localAuthorities)}`);
    return {
      id,
      name: str(o.name, `${at}.name`, problems, true) ?? id,
      lead: str(o.lead, `${at}.lead`, problems) ?? '',
      localAuthorities: las.map((l: unknown, j: number) => readLa(l, `${at}.localAuthorities[${j}]`, problems)),
    };
  });
}

function readLa(value: unknown, at: string, problems: string[]): LocalAuthority {
  const o = asObject(value, at, problems) ?? {};
  allowOnly(o, ['oldCode', 'newCode', 'name'], at, problems);
  const oldCode =
    str(typeof o.oldCode === 'number' ? String(o.oldCode) : o.oldCode, `${at}.oldCode`, problems, true) ?? '';
  const newCode = str(o.newCode, `${at}.newCode`, problems, true) ?? '';
  if (oldCode && !/^\d{3}$/.test(oldCode))
    problems.push(`${at}.oldCode: expected a 3-digit DfE LA code such as 202, found "${oldCode}"`);
  if (newCode && !/^E(06|07|08|09|10)\d{6}$/.test(newCode))
    problems.push(`${at}.newCode: expected an ONS code such as E09000007, found "${newCode}"`);
  return { oldCode, newCode, name: str(o.name, `${at}.name`, problems, true) ?? '' };
}

function readLabels(value: unknown, problems: string[]): Record<string, ActivityType> {
  const o = asObject(value, 'activities.labels', problems) ?? {};
  const out: Record<string, ActivityType> = {};
  for (const [label, type] of Object.entries(o)) {
    if (typeof type === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(type))
      out[label.trim().toLowerCase()] = type as ActivityType;
    else
      problems.push(
        `activities.labels."${label}": expected one of ${ACTIVITY_TYPES.join(', ')}, found ${describe(type)}`,
      );
  }
  return out;
}

/** "2015/16-2020/21": the first and last KS4 cohorts, each in any accepted academic-year form. */
function cohortRange(value: unknown, problems: string[]): DestinationsConfig['cohorts'] {
  const text = str(value, 'destinations.cohorts', problems);
  if (text === undefined) return null;
  const parts = text.split(/\s*(?:-|to)\s*(?=\d{4})/);
  const [from, to] = parts.length === 2 ? parts.map((p) => parseAcademicYear(p)) : [undefined, undefined];
  if (!from || !to || from > to) {
    problems.push(
      `destinations.cohorts: expected the first and last KS4 cohorts such as "2015/16-2020/21", found "${text}"`,
    );
    return null;
  }
  return { from, to };
}

function checkLaOverlap(hubs: readonly HubConfig[], problems: string[]): void {
  const owner = new Map<string, string>();
  for (const hub of hubs) {
    for (const la of hub.localAuthorities) {
      for (const code of [la.oldCode, la.newCode].filter(Boolean)) {
        const other = owner.get(code);
        if (other !== undefined && other !== hub.id)
          problems.push(
            `hubs: local authority ${la.name || code} (${code}) is in two hubs, "${other}" and "${hub.id}"`,
          );
        owner.set(code, hub.id);
      }
    }
  }
}

function asObject(value: unknown, at: string, problems: string[]): Raw | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Raw;
  problems.push(`${at}: expected an object, found ${describe(value)}`);
  return undefined;
}

function allowOnly(o: Raw, keys: readonly string[], at: string, problems: string[]): void {
  for (const k of Object.keys(o)) {
    if (!keys.includes(k))
      problems.push(
        `${at ? `${at}.` : ''}${k}: unknown key (allowed here: ${keys.filter((x) => x !== '$schema').join(', ')})`,
      );
  }
}

function str(value: unknown, at: string, problems: string[], required = false): string | undefined {
  if (value === undefined || value === null) {
    if (required) problems.push(`${at}: required, but missing`);
    return undefined;
  }
  if (typeof value === 'string') return value;
  problems.push(`${at}: expected text, found ${describe(value)}`);
  return undefined;
}

function strList(value: unknown, at: string, problems: string[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  problems.push(`${at}: expected a list of text, found ${describe(value)}`);
  return undefined;
}

function bool(value: unknown, at: string, problems: string[]): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  problems.push(`${at}: expected true or false, found ${describe(value)}`);
  return undefined;
}

function whole(value: unknown, at: string, min: number, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
  problems.push(`${at}: expected a whole number of at least ${min}, found ${describe(value)}`);
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
