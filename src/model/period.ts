import type { AcademicYear } from './year.js';

/**
 * A metric row's period: one academic year (`2023/24`), or the span a change or trend runs over, written
 * `<from>-<to>` (`2019/20-2023/24`). An academic year never holds a hyphen, so the hyphen tells them apart.
 */
export type Period = string;

/** The period of a change or trend from one year to another. */
export function spanPeriod(from: AcademicYear, to: AcademicYear): Period {
  return `${from}-${to}`;
}

/** True for a span (`2019/20-2023/24`), false for one year. */
export function isSpan(period: Period): boolean {
  return period.includes('-');
}

/** The two ends of a span; one year is both ends of itself. */
export function spanEnds(period: Period): readonly [AcademicYear, AcademicYear] {
  const [from, to] = period.split('-') as [AcademicYear, AcademicYear | undefined];
  return [from, to ?? from];
}
