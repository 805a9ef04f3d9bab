import { apportion } from './apportion.js';
import { type Cell, csvText, ukDate } from './csv-text.js';
import type { EnglandLaModel } from './england-areas-model.js';
import type { SampleInstitution, SampleType } from './institutions.js';
import type { Rng } from './prng.js';
import type { SampleFile } from './sample-file.js';

/** About 5,000 schools and colleges in England's hubs at scale 1 (the national case). */
export const ENGLAND_INSTITUTIONS = 5000;

const TYPES: readonly (readonly [SampleType, number, string])[] = [
  ['mainstream', 0.62, 'Secondary School'],
  ['special', 0.15, 'Special School'],
  ['alternative provision', 0.08, 'Alternative Provision'],
  ['FE college', 0.06, 'College'],
  ['sixth-form college', 0.04, 'Sixth Form College'],
  ['other', 0.05, 'Independent School'],
];

/**
 * The register: institutions spread over the LAs by cohort; URNs ascending with small random gaps (unique, 6
 * digits up to about scale 50, in time linear in the count). Names are plainly made up: "<LA> Secondary School 12".
 * 85% of the eligible joined their hub between 2016/17 and 2023/24.
 */
export function englandInstitutions(rng: Rng, model: readonly EnglandLaModel[], count: number): SampleInstitution[] {
  const perLa = apportion(
    count,
    model.map((m) => m.ks4),
  );
  const out: SampleInstitution[] = [];
  let urn = 100000;
  model.forEach((m, i) => {
    const la = { ...m.la, hubId: m.hubId, youth: m.ks4 * 2, disadvantaged: m.disadvantaged, places: [m.la.name] };
    for (let k = 0; k < (perLa[i] ?? 0); k++) {
      urn += rng.int(1, 5);
      const [type, , word] = rng.weighted(TYPES.map((t) => [t, t[1]] as const));
      const eligible = type !== 'other' || rng.chance(0.5);
      out.push({
        urn: String(urn),
        name: `${m.la.name} ${word} ${k + 1}`,
        la,
        laCode: rng.chance(0.1) ? m.la.oldCode : m.la.newCode,
        type,
        pupils: rng.chance(0.02) ? null : rng.int(100, 1800),
        eligible,
        joined: eligible && rng.chance(0.85) ? 2016 + rng.int(0, 7) : null,
      });
    }
  });
  return out;
}

const ACTIVITY_HEADER = [
  'activity_id',
  'date',
  'urn',
  'activity_type',
  'students',
  'teachers',
  'employer_id',
  'employer_name',
  'employer_size',
  'strand',
  'benchmark',
];
const KINDS: readonly (readonly [label: string, weight: number, students: number, benchmark: number])[] = [
  ['career talk', 27, 80, 5],
  ['careers fair', 12, 150, 5],
  ['workshop', 17, 30, 5],
  ['mock interview', 10, 20, 5],
  ['work experience', 9, 15, 6],
  ['workplace visit', 6, 25, 6],
  ['insight day', 5, 30, 6],
];
const SIZES = ['micro', 'small', 'medium', 'large'] as const;
const ACTIVITY_YEARS = [2021, 2022, 2023] as const;
/** Activities per member institution and year at scale 1. */
const PER_MEMBER = 8;

/**
 * Activity logs, one file per academic year: each activity at a member of that year (one in ten at a non-member),
 * with an employer of the same hub (made-up, numbered names). Every pick is O(1), so time is linear in the rows.
 */
export function englandActivities(rng: Rng, institutions: readonly SampleInstitution[], scale: number): SampleFile[] {
  const hubs = [...new Set(institutions.map((i) => i.la.hubId))];
  const employers = new Map(
    hubs.map((hub, h) => [
      hub,
      Array.from({ length: Math.max(10, Math.round(200 * scale)) }, (_, e) => {
        const id = `EMP${String(h * 100000 + e + 1).padStart(7, '0')}`;
        return { id, name: `Synthetic Employer ${h + 1}-${e + 1} Ltd`, size: rng.pick(SIZES) };
      }),
    ]),
  );
  const kinds = KINDS.map((k) => [k, k[1]] as const);
  return ACTIVITY_YEARS.map((year) => {
    const members = institutions.filter((i) => i.joined !== null && i.joined <= year);
    const others = institutions.filter((i) => i.eligible && (i.joined === null || i.joined > year));
    const rows: Cell[][] = [];
    const total = Math.round(members.length * PER_MEMBER * scale);
    const dates = Array.from({ length: total }, () => schoolDay(rng, year)).sort((a, b) => a[3] - b[3]);
    dates.forEach(([y, m, d], n) => {
      const inst = others.length > 0 && rng.chance(0.1) ? rng.pick(others) : rng.pick(members);
      const [label, , students, benchmark] = rng.weighted(kinds);
      const employer = rng.pick(employers.get(inst.la.hubId) ?? []);
      rows.push([
        `E${year % 100}${(year + 1) % 100}-${String(n + 1).padStart(7, '0')}`,
        ukDate(y, m, d),
        inst.urn,
        label,
        Math.max(1, Math.round(students * Math.exp(rng.normal(0, 0.4)))),
        rng.int(0, 4),
        employer.id,
        employer.name,
        employer.size,
        '1',
        benchmark,
      ]);
    });
    return {
      path: `activities/activities-${year}-${String((year + 1) % 100).padStart(2, '0')}.csv`,
      text: csvText(ACTIVITY_HEADER, rows),
    };
  });
}

/** A weekday of the academic year starting in September of `startYear`, with a sort key. */
function schoolDay(rng: Rng, startYear: number): [number, number, number, number] {
  for (;;) {
    const month = rng.pick([9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]);
    const year = month >= 9 ? startYear : startYear + 1;
    const day = rng.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return [year, month, day, year * 10000 + month * 100 + day];
  }
}
